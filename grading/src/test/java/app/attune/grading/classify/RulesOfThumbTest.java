package app.attune.grading.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of thumb hold for every output, over our held-out sentences each paired with several
 * client lines, plus lower-cased, punctuation-free and doubled variants of them.
 */
class RulesOfThumbTest {

    private static final MoveClassifier CLASSIFIER = MoveClassifier.standard();
    private static final Set<MoveCode> CARRIERS = EnumSet.of(
            MoveCode.OPEN_QUESTION,
            MoveCode.CLOSED_QUESTION,
            MoveCode.REFLECTION_SIMPLE,
            MoveCode.REFLECTION_COMPLEX,
            MoveCode.VALIDATE,
            MoveCode.PROCESS);
    private static final List<String> CLIENT_LINES = List.of(
            "",
            "I'm so anxious about the restructure I can't sleep.",
            "Can you just tell me what to do?",
            "It's fine. Whatever.",
            "We moved the launch to March.");

    static Stream<Arguments> utterances() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("holdout.jsonl", "holdout-counselling.jsonl", "holdout-chat.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    RulesOfThumbTest.class.getResourceAsStream("/app/attune/grading/" + file),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode n = json.readTree(line);
                    String t = n.get("text").asText();
                    texts.add(t);
                    texts.add(t.toLowerCase().replaceAll("[?.!,']", ""));
                    texts.add(t + " " + t);
                }
            }
        }
        List<Arguments> out = new ArrayList<>();
        for (String t : texts) {
            for (String c : CLIENT_LINES) {
                out.add(Arguments.of(t, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("utterances")
    void every_output_follows_the_rules_of_thumb(String text, String client) {
        ClassifiedMove move = CLASSIFIER.classify(text, client);
        Set<MoveCode> codes = move.codes();
        assertThat(codes).as("never empty").isNotEmpty();
        assertThat(codes.stream().filter(MoveCode::isQuestion).count())
                .as("at most one question code")
                .isLessThanOrEqualTo(1);
        assertThat(codes.stream().filter(MoveCode::isReflection).count())
                .as("at most one reflection code")
                .isLessThanOrEqualTo(1);
        if (codes.contains(MoveCode.EMOTIVE)) {
            assertThat(codes).as("EMOTIVE rides on a carrier").containsAnyElementsOf(CARRIERS);
        }
        assertThat(codes.contains(MoveCode.AUTONOMY) && codes.contains(MoveCode.ADVISE))
                .as("advice with permission drops ADVISE")
                .isFalse();
        assertThat(move.evidence().keySet()).as("evidence for every code").isEqualTo(codes);
    }
}
