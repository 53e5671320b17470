package app.attune.grading.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards generalisation: our own labelled sentences (never taken from the dev set) must keep a
 * high exact-match rate. A rule change that only helps the dev set shows up here.
 */
class HeldOutGeneralisationTest {

    @ParameterizedTest
    @ValueSource(strings = {"holdout.jsonl", "holdout-counselling.jsonl", "holdout-chat.jsonl"})
    void most_held_out_utterances_get_exactly_their_codes(String file) throws IOException {
        MoveClassifier classifier = MoveClassifier.standard();
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        int exact = 0;
        int questionsRight = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/app/attune/grading/" + file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                Set<MoveCode> gold = EnumSet.noneOf(MoveCode.class);
                n.get("codes").forEach(c -> gold.add(MoveCode.valueOf(c.asText())));
                Set<MoveCode> got = classifier
                        .classify(n.get("text").asText(), n.get("previous").asText())
                        .codes();
                total++;
                exact += got.equals(gold) ? 1 : 0;
                questionsRight += questionType(got) == questionType(gold) ? 1 : 0;
            }
        }
        assertThat((double) exact / total).as("exact match on " + file).isGreaterThanOrEqualTo(0.80);
        assertThat((double) questionsRight / total)
                .as("question type on " + file)
                .isGreaterThanOrEqualTo(0.95);
    }

    private static int questionType(Set<MoveCode> codes) {
        return codes.contains(MoveCode.OPEN_QUESTION) ? 1 : codes.contains(MoveCode.CLOSED_QUESTION) ? 2 : 0;
    }
}
