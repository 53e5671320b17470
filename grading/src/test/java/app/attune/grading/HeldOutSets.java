package app.attune.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Attune's own labelled sentences (never taken from the dev set), in test resources: coaching,
 * counselling-style and chat-style turns, each with the client line before it.
 */
public final class HeldOutSets {

    public static final List<String> FILES = List.of(
            "holdout.jsonl",
            "holdout-counselling.jsonl",
            "holdout-chat.jsonl",
            "holdout-blind-coaching.jsonl",
            "holdout-blind-counselling.jsonl");

    /** One labelled utterance. */
    public record Item(String previous, String text, Set<MoveCode> codes) {}

    private HeldOutSets() {}

    public static List<Item> load(String file) {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HeldOutSets.class.getResourceAsStream("/app/attune/grading/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                Set<MoveCode> codes = EnumSet.noneOf(MoveCode.class);
                n.get("codes").forEach(c -> codes.add(MoveCode.valueOf(c.asText())));
                items.add(new Item(n.get("previous").asText(), n.get("text").asText(), codes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    public static List<Item> loadAll() {
        List<Item> all = new ArrayList<>();
        FILES.forEach(f -> all.addAll(load(f)));
        return all;
    }
}
