package app.attune.grading.eval;

import app.attune.grading.MoveCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Reads a labelled JSON Lines corpus ({"id","previous","text","codes"}); a bad line is an error. */
final class Corpus {

    private Corpus() {}

    static List<LabelledUtterance> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<LabelledUtterance> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                EnumSet<MoveCode> codes = EnumSet.noneOf(MoveCode.class);
                for (JsonNode c : node.path("codes")) {
                    codes.add(MoveCode.valueOf(c.asText()));
                }
                out.add(new LabelledUtterance(
                        node.path("id").asText("line-" + n),
                        node.path("previous").asText(""),
                        node.path("text").asText(""),
                        codes));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
