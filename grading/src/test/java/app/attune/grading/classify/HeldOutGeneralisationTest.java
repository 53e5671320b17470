package app.attune.grading.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.HeldOutSets;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards generalisation: our own labelled sentences (never taken from the dev set) must keep a
 * high exact-match rate. A rule change that only helps the dev set shows up here.
 */
class HeldOutGeneralisationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "holdout.jsonl",
                "holdout-counselling.jsonl",
                "holdout-chat.jsonl",
                "holdout-blind-coaching.jsonl",
                "holdout-blind-counselling.jsonl"
            })
    void most_held_out_utterances_get_exactly_their_codes(String file) {
        MoveClassifier classifier = MoveClassifier.standard();
        List<HeldOutSets.Item> items = HeldOutSets.load(file);
        int exact = 0;
        int questionsRight = 0;
        for (HeldOutSets.Item item : items) {
            Set<MoveCode> got =
                    classifier.classify(item.text(), item.previous()).codes();
            exact += got.equals(item.codes()) ? 1 : 0;
            questionsRight += questionType(got) == questionType(item.codes()) ? 1 : 0;
        }
        assertThat((double) exact / items.size()).as("exact match on " + file).isGreaterThanOrEqualTo(0.80);
        assertThat((double) questionsRight / items.size())
                .as("question type on " + file)
                .isGreaterThanOrEqualTo(0.95);
    }

    private static int questionType(Set<MoveCode> codes) {
        return codes.contains(MoveCode.OPEN_QUESTION) ? 1 : codes.contains(MoveCode.CLOSED_QUESTION) ? 2 : 0;
    }
}
