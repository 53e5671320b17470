package app.attune.grading.score;

import static app.attune.grading.MoveCode.ADVISE;
import static app.attune.grading.MoveCode.CLOSED_QUESTION;
import static app.attune.grading.MoveCode.EMOTIVE;
import static app.attune.grading.MoveCode.INFORM;
import static app.attune.grading.MoveCode.OPEN_QUESTION;
import static app.attune.grading.MoveCode.PROCESS;
import static app.attune.grading.MoveCode.REASSURE;
import static app.attune.grading.MoveCode.REFLECTION_COMPLEX;
import static app.attune.grading.MoveCode.REPAIR;
import static app.attune.grading.MoveCode.VALIDATE;
import static app.attune.grading.PersonaSignal.ESCALATION;
import static app.attune.grading.PersonaSignal.RESISTANCE;
import static app.attune.grading.PersonaSignal.RUPTURE;
import static app.attune.grading.PersonaSignal.WITHDRAWAL;
import static app.attune.grading.score.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ResistanceMoment;
import app.attune.grading.ResistanceOutcome;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.grading.Skill;
import app.attune.grading.SkillScore;
import app.attune.grading.Transcript;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The resistance model (which moments count, what the next turn did) and the repair window. */
class ResistanceAndRepairTest {

    private final SessionScorer scorer = SessionScorer.standard();

    private SkillScore skill(Transcript t, Skill s) {
        return scorer.score(t).skills().get(s);
    }

    @Nested
    class ExploringResistance {

        @Test
        void resistance_on_the_opening_is_answered_by_the_first_turn() {
            Transcript t = session()
                    .opening("I don't see the point of this.", RESISTANCE)
                    .turn(REFLECTION_COMPLEX, EMOTIVE)
                    .build();
            SessionReport r = scorer.score(t);
            assertThat(r.resistanceMoments())
                    .containsExactly(new ResistanceMoment(
                            0, Set.of(RESISTANCE), 1, Set.of(REFLECTION_COMPLEX, EMOTIVE), ResistanceOutcome.EXPLORED));
            assertThat(r.skills().get(Skill.EXPLORING_RESISTANCE).score()).isEqualTo(100);
        }

        @Test
        void pushing_after_a_withdrawal_scores_zero_and_neither_gets_partial_credit() {
            Transcript t = session()
                    .turnThen(Set.of(WITHDRAWAL), OPEN_QUESTION)
                    .turnThen(Set.of(WITHDRAWAL), REASSURE)
                    .turn(CLOSED_QUESTION)
                    .build();
            SessionReport r = scorer.score(t);
            assertThat(r.resistanceMoments())
                    .extracting(ResistanceMoment::outcome)
                    .containsExactly(ResistanceOutcome.PUSHED, ResistanceOutcome.NEITHER);
            assertThat(r.skills().get(Skill.EXPLORING_RESISTANCE).score())
                    .isEqualTo((int) Math.round(100 * (Thresholds.PUSHED + Thresholds.NEITHER) / 2));
            assertThat(r.skills().get(Skill.EXPLORING_RESISTANCE).turns()).containsExactly(2, 3);
        }

        @Test
        void resistance_in_the_last_reply_is_listed_but_not_scored() {
            Transcript t = session().turnThen(Set.of(ESCALATION), ADVISE).build();
            SessionReport r = scorer.score(t);
            assertThat(r.resistanceMoments())
                    .singleElement()
                    .extracting(ResistanceMoment::outcome)
                    .isEqualTo(ResistanceOutcome.NO_RESPONSE);
            assertThat(r.skills().get(Skill.EXPLORING_RESISTANCE).score()).isEqualTo(Thresholds.NOT_OBSERVED);
        }

        @Test
        void no_resistance_is_neutral_said_so_and_left_out_of_the_overall() {
            Transcript calm = session().times(4, OPEN_QUESTION, EMOTIVE).build();
            SessionReport r = scorer.score(calm);
            SkillScore s = r.skills().get(Skill.EXPLORING_RESISTANCE);
            assertThat(s.score()).isEqualTo(Thresholds.NOT_OBSERVED);
            assertThat(s.explanation()).contains("not counted");
            assertThat(s.turns()).isEmpty();
        }
    }

    @Nested
    class Repair {

        @Test
        void a_repair_on_the_next_turn_after_a_push_and_withdrawal_scores_full() {
            Transcript t = session()
                    .turnThen(Set.of(WITHDRAWAL), ADVISE)
                    .turn(REPAIR, OPEN_QUESTION)
                    .build();
            SkillScore s = skill(t, Skill.REPAIR);
            assertThat(s.score()).isEqualTo(100);
            assertThat(s.turns()).containsExactly(1, 2);
        }

        @Test
        void exploring_with_process_on_the_second_turn_counts_as_a_late_repair() {
            Transcript t = session()
                    .turnThen(Set.of(RUPTURE), OPEN_QUESTION)
                    .turn(CLOSED_QUESTION)
                    .turn(PROCESS, OPEN_QUESTION)
                    .build();
            assertThat(skill(t, Skill.REPAIR).score()).isEqualTo(75);
        }

        @Test
        void a_repair_after_the_two_turn_window_does_not_count() {
            Transcript t = session()
                    .turnThen(Set.of(ESCALATION), REASSURE)
                    .turn(INFORM)
                    .turn(CLOSED_QUESTION)
                    .turn(REPAIR)
                    .build();
            SkillScore s = skill(t, Skill.REPAIR);
            assertThat(s.score()).isZero();
            assertThat(s.explanation()).contains("turn 1");
        }

        @Test
        void a_rupture_the_session_ended_too_soon_after_to_repair_is_not_scored() {
            Transcript t = session()
                    .turnThen(Set.of(WITHDRAWAL), ADVISE)
                    .turn(OPEN_QUESTION)
                    .build();
            SkillScore s = skill(t, Skill.REPAIR);
            assertThat(s.score()).isEqualTo(Thresholds.NOT_OBSERVED);
            assertThat(s.turns()).isEmpty();
        }

        @Test
        void a_rupture_repaired_on_the_last_turn_still_counts() {
            Transcript t =
                    session().turnThen(Set.of(WITHDRAWAL), ADVISE).turn(REPAIR).build();
            assertThat(skill(t, Skill.REPAIR).score()).isEqualTo(100);
        }

        @Test
        void a_withdrawal_after_an_exploring_move_is_not_a_rupture() {
            Transcript t = session()
                    .turnThen(Set.of(WITHDRAWAL), OPEN_QUESTION, EMOTIVE)
                    .turn(VALIDATE)
                    .build();
            assertThat(skill(t, Skill.REPAIR).score()).isEqualTo(Thresholds.NOT_OBSERVED);
        }
    }
}
