package app.attune.grading.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input never throws: it is OTHER with a reason, or classified from the part we read. */
class BadInputTest {

    private static final MoveClassifier CLASSIFIER = MoveClassifier.standard();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "\n\t\n",
                "😀😀😀",
                "🙏 👍",
                "<script>alert('x')</script>",
                "<b>How</b> are you feeling?",
                "javascript:alert(1)",
                "¿Cómo te sientes hoy con tu equipo?",
                "Wie fühlst du dich heute mit deinem Team?",
                "Как ты себя чувствуешь сегодня?",
                "你今天感觉怎么样？",
                "????",
                "...",
                "a"
            })
    void odd_input_is_other_and_never_an_exception(String text) {
        ClassifiedMove move = CLASSIFIER.classify(text, "I feel awful.");
        assertThat(move.codes()).containsExactly(MoveCode.OTHER);
        assertThat(move.evidence().get(MoveCode.OTHER)).isNotBlank();
    }

    @Test
    void a_null_previous_line_is_no_context() {
        assertThat(CLASSIFIER.classify("How did that feel?", null).codes())
                .containsExactly(MoveCode.OPEN_QUESTION, MoveCode.EMOTIVE);
    }

    @Test
    void a_huge_turn_is_classified_from_its_first_characters_and_the_evidence_says_so() {
        String huge = "How did that land for you? " + "blah ".repeat(4000);
        ClassifiedMove move = CLASSIFIER.classify(huge, "He walked out.");
        assertThat(huge.length()).isGreaterThan(20_000);
        assertThat(move.codes()).contains(MoveCode.OPEN_QUESTION);
        assertThat(move.evidence().get(MoveCode.OPEN_QUESTION))
                .contains("first " + RuleMoveClassifier.maxChars() + " of " + huge.length() + " characters");
    }

    @Test
    void a_huge_previous_line_is_fine_too() {
        Set<MoveCode> codes =
                CLASSIFIER.classify("tell me more", "x ".repeat(30_000)).codes();
        assertThat(codes).containsExactly(MoveCode.OPEN_QUESTION);
    }
}
