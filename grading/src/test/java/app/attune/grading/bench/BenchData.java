package app.attune.grading.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Client line and trainee turn pairs for the benchmarks: Attune's own held-out sentences. */
final class BenchData {

    static final String[][] PAIRS = load("holdout.jsonl", "holdout-counselling.jsonl");

    private BenchData() {}

    private static String[][] load(String... files) {
        ObjectMapper json = new ObjectMapper();
        List<String[]> pairs = new ArrayList<>();
        for (String file : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    BenchData.class.getResourceAsStream("/app/attune/grading/" + file), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode n = json.readTree(line);
                    pairs.add(new String[] {
                        n.get("previous").asText(), n.get("text").asText()
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pairs.toArray(String[][]::new);
    }
}
