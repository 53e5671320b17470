package app.attune.grading.eval;

import static app.attune.grading.MoveCode.CLOSED_QUESTION;
import static app.attune.grading.MoveCode.EMOTIVE;
import static app.attune.grading.MoveCode.OPEN_QUESTION;
import static app.attune.grading.MoveCode.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void precision_recall_and_f1_per_code() {
        Scores s = new Scores();
        s.add(Set.of(OPEN_QUESTION, EMOTIVE), Set.of(OPEN_QUESTION));
        s.add(Set.of(OPEN_QUESTION), Set.of(OPEN_QUESTION, EMOTIVE));
        s.add(Set.of(OTHER), Set.of(OPEN_QUESTION));
        Scores.CodeScore open = s.score(OPEN_QUESTION);
        assertThat(open.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(open.recall()).isEqualTo(1.0);
        assertThat(open.support()).isEqualTo(2);
        assertThat(s.score(EMOTIVE).f1()).isZero();
    }

    @Test
    void kappa_is_one_for_perfect_agreement_and_zero_for_chance() {
        Scores perfect = new Scores();
        perfect.add(Set.of(OPEN_QUESTION), Set.of(OPEN_QUESTION));
        perfect.add(Set.of(CLOSED_QUESTION), Set.of(CLOSED_QUESTION));
        perfect.add(Set.of(OTHER), Set.of(OTHER));
        assertThat(perfect.questionKappa()).isEqualTo(1.0);

        Scores chance = new Scores();
        chance.add(Set.of(OPEN_QUESTION), Set.of(OPEN_QUESTION));
        chance.add(Set.of(OPEN_QUESTION), Set.of(CLOSED_QUESTION));
        chance.add(Set.of(CLOSED_QUESTION), Set.of(OPEN_QUESTION));
        chance.add(Set.of(CLOSED_QUESTION), Set.of(CLOSED_QUESTION));
        assertThat(chance.questionKappa()).isCloseTo(0.0, within(1e-9));
    }
}
