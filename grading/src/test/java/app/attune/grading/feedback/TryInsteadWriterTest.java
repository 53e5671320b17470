package app.attune.grading.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import app.attune.grading.TryInstead;
import app.attune.grading.classify.RuleMoveClassifier;
import org.junit.jupiter.api.Test;

class TryInsteadWriterTest {

    private final MoveClassifier classifier = MoveClassifier.standard();
    private final TryInsteadWriter writer = new TryInsteadWriter(RuleMoveClassifier.create());

    private TryInstead suggest(String trainee, String client) {
        ClassifiedMove move = classifier.classify(trainee, client);
        return writer.suggest(3, trainee, move, client).orElseThrow();
    }

    @Test
    void a_deflection_goes_back_to_the_feeling_the_client_named_in_their_words() {
        TryInstead t = suggest("What time is the hearing?", "I was shaking all the way through the hearing.");
        assertThat(t.kind()).isEqualTo("return-to-the-feeling");
        assertThat(t.suggestion()).contains("shaking");
        assertThat(classifier.classify(t.suggestion(), "").codes()).contains(MoveCode.OPEN_QUESTION);
    }

    @Test
    void reassurance_becomes_a_reflection_of_the_feeling() {
        TryInstead t = suggest("Don't worry, you'll be fine.", "I'm so anxious about the interview.");
        assertThat(t.kind()).isEqualTo("reflect-the-feeling");
        assertThat(classifier
                        .classify(t.suggestion(), "I'm so anxious about the interview.")
                        .codes())
                .contains(MoveCode.EMOTIVE)
                .containsAnyOf(MoveCode.REFLECTION_SIMPLE, MoveCode.REFLECTION_COMPLEX);
    }

    @Test
    void advice_becomes_an_exploring_question() {
        TryInstead t = suggest("You should delegate the rota.", "The rota takes me every Sunday.");
        assertThat(t.kind()).isEqualTo("explore-instead-of-advising");
        assertThat(classifier.classify(t.suggestion(), "").codes()).contains(MoveCode.OPEN_QUESTION);
    }

    @Test
    void a_closed_question_is_opened() {
        TryInstead t = suggest("Did you talk to him?", "He took the credit for my report.");
        assertThat(t.kind()).isEqualTo("open-the-question");
        assertThat(classifier.classify(t.suggestion(), "").codes()).contains(MoveCode.OPEN_QUESTION);
        assertThat(t.original()).isEqualTo("Did you talk to him?");
        assertThat(t.turn()).isEqualTo(3);
    }

    @Test
    void a_good_turn_needs_no_suggestion() {
        ClassifiedMove move = classifier.classify("What was that like for you?", "He took the credit.");
        assertThat(writer.suggest(1, "What was that like for you?", move, "He took the credit."))
                .isEmpty();
    }
}
