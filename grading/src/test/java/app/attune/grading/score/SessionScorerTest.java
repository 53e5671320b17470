package app.attune.grading.score;

import static app.attune.grading.MoveCode.ADVISE;
import static app.attune.grading.MoveCode.CLOSED_QUESTION;
import static app.attune.grading.MoveCode.EMOTIVE;
import static app.attune.grading.MoveCode.OPEN_QUESTION;
import static app.attune.grading.MoveCode.OTHER;
import static app.attune.grading.MoveCode.REASSURE;
import static app.attune.grading.MoveCode.REFLECTION_COMPLEX;
import static app.attune.grading.MoveCode.REFLECTION_SIMPLE;
import static app.attune.grading.MoveCode.VALIDATE;
import static app.attune.grading.PersonaSignal.RESISTANCE;
import static app.attune.grading.PersonaSignal.WITHDRAWAL;
import static app.attune.grading.score.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.MoveStance;
import app.attune.grading.SessionReport;
import app.attune.grading.SessionScorer;
import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import app.attune.grading.SkillScore;
import app.attune.grading.Transcript;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionScorerTest {

    private final SessionScorer scorer = SessionScorer.standard();

    private SkillScore skill(Transcript t, Skill s) {
        return scorer.score(t).skills().get(s);
    }

    @Nested
    class EmptyAndUnengaged {

        @Test
        void a_session_without_turns_scores_zero_overall() {
            SessionReport r = scorer.score(session().build());
            assertThat(r.overall()).isZero();
            assertThat(r.skills()).hasSize(7);
            assertThat(r.annotations()).isEmpty();
        }

        @Test
        void an_all_other_session_does_not_score_well() {
            SessionReport r = scorer.score(
                    session().opening("Hi.", RESISTANCE).times(10, OTHER).build());
            assertThat(r.overall()).isLessThan(20);
            assertThat(r.skills().get(Skill.RESTRAINT).score()).isZero();
        }

        @Test
        void every_skill_has_a_one_line_explanation() {
            SessionReport r =
                    scorer.score(session().turn(OPEN_QUESTION).turn(ADVISE).build());
            assertThat(r.skills().values()).allSatisfy(s -> {
                assertThat(s.explanation()).isNotBlank().doesNotContain("\n");
            });
        }
    }

    @Nested
    class Inquiry {

        @Test
        void emotive_inquiry_is_the_share_of_questions_and_reflections_that_are_emotive() {
            Transcript t = session()
                    .turn(OPEN_QUESTION, EMOTIVE)
                    .turn(OPEN_QUESTION)
                    .turn(REFLECTION_SIMPLE, EMOTIVE)
                    .turn(CLOSED_QUESTION)
                    .turn(ADVISE)
                    .build();
            SkillScore s = skill(t, Skill.EMOTIVE_INQUIRY);
            assertThat(s.score()).isEqualTo(Thresholds.EMOTIVE_SHARE.score(0.5));
            assertThat(s.turns()).containsExactly(1, 2, 3, 4);
            assertThat(s.explanation()).contains("2 of 4");
        }

        @Test
        void half_open_questions_is_the_miti_fair_threshold_and_starts_developing() {
            Transcript t = session().turn(OPEN_QUESTION).turn(CLOSED_QUESTION).build();
            SkillScore s = skill(t, Skill.OPEN_INQUIRY);
            assertThat(s.score()).isEqualTo(Levels.DEVELOPING);
            assertThat(s.level()).isEqualTo(SkillLevel.DEVELOPING);
        }

        @Test
        void seventy_percent_open_is_the_miti_good_threshold_and_starts_competent() {
            Transcript t =
                    session().times(7, OPEN_QUESTION).times(3, CLOSED_QUESTION).build();
            assertThat(skill(t, Skill.OPEN_INQUIRY).level()).isEqualTo(SkillLevel.COMPETENT);
        }

        @Test
        void just_under_half_open_is_beginning() {
            Transcript t =
                    session().times(4, OPEN_QUESTION).times(5, CLOSED_QUESTION).build();
            assertThat(skill(t, Skill.OPEN_INQUIRY).level()).isEqualTo(SkillLevel.BEGINNING);
        }

        @Test
        void reflecting_without_questions_leaves_open_inquiry_unscored_and_out_of_the_overall() {
            Transcript t = session().times(3, REFLECTION_COMPLEX).build();
            SkillScore s = skill(t, Skill.OPEN_INQUIRY);
            assertThat(s.score()).isEqualTo(Thresholds.NOT_OBSERVED);
            assertThat(s.explanation()).contains("not scored");
        }
    }

    @Nested
    class ReflectiveListening {

        @Test
        void two_reflections_per_question_with_half_complex_is_competent() {
            Transcript t = session()
                    .turn(OPEN_QUESTION)
                    .turn(REFLECTION_COMPLEX)
                    .turn(REFLECTION_SIMPLE)
                    .build();
            SkillScore s = skill(t, Skill.REFLECTIVE_LISTENING);
            assertThat(s.score()).isEqualTo(Levels.COMPETENT);
            assertThat(s.turns()).containsExactly(2, 3);
        }

        @Test
        void one_reflection_per_question_with_forty_percent_complex_is_developing() {
            Transcript t = session()
                    .times(5, OPEN_QUESTION)
                    .times(2, REFLECTION_COMPLEX)
                    .times(3, REFLECTION_SIMPLE)
                    .build();
            assertThat(skill(t, Skill.REFLECTIVE_LISTENING).score()).isEqualTo(Levels.DEVELOPING);
        }

        @Test
        void no_reflections_scores_zero() {
            assertThat(skill(session().times(3, OPEN_QUESTION).build(), Skill.REFLECTIVE_LISTENING)
                            .score())
                    .isZero();
        }
    }

    @Nested
    class Restraint {

        @Test
        void one_push_in_ten_turns_is_the_strong_boundary() {
            Transcript t = session().times(9, OPEN_QUESTION).turn(ADVISE).build();
            SkillScore s = skill(t, Skill.RESTRAINT);
            assertThat(s.score()).isEqualTo(Levels.STRONG);
            assertThat(s.turns()).containsExactly(10);
        }

        @Test
        void advice_right_after_the_client_asked_for_ideas_is_not_a_push() {
            Transcript t = session()
                    .opening("Any ideas? I'm stuck.")
                    .turn(ADVISE)
                    .turn(OPEN_QUESTION)
                    .build();
            SessionReport r = scorer.score(t);
            assertThat(r.annotations().get(0).stance()).isEqualTo(MoveStance.NEUTRAL);
            assertThat(r.skills().get(Skill.RESTRAINT).score()).isEqualTo(100);
        }

        @Test
        void the_same_advice_after_a_withdrawal_pushes() {
            Transcript t = session()
                    .opening("Any ideas? Not that it matters.", WITHDRAWAL)
                    .turn(ADVISE)
                    .build();
            assertThat(scorer.score(t).annotations().get(0).stance()).isEqualTo(MoveStance.PUSH);
        }
    }

    @Nested
    class DepthAndOverall {

        @Test
        void depth_comes_from_the_deepest_layer_and_names_the_turns_that_opened_it() {
            Transcript t = session()
                    .turnReaching(1, OPEN_QUESTION)
                    .turnReaching(3, REFLECTION_COMPLEX)
                    .turnReaching(2, OPEN_QUESTION)
                    .build();
            SkillScore s = skill(t, Skill.DEPTH);
            assertThat(s.score()).isEqualTo(75);
            assertThat(s.level()).isEqualTo(SkillLevel.COMPETENT);
            assertThat(s.turns()).containsExactly(1, 2);
        }

        @Test
        void the_overall_is_the_weighted_mean_of_the_observed_skills() {
            Transcript t = session()
                    .turnReaching(4, OPEN_QUESTION, EMOTIVE)
                    .turn(REFLECTION_COMPLEX, EMOTIVE)
                    .build();
            SessionReport r = scorer.score(t);
            double sum = 0;
            int weights = 0;
            for (Skill s : List.of(
                    Skill.EMOTIVE_INQUIRY,
                    Skill.OPEN_INQUIRY,
                    Skill.REFLECTIVE_LISTENING,
                    Skill.RESTRAINT,
                    Skill.DEPTH)) {
                sum += Overall.WEIGHTS.get(s) * r.skills().get(s).score();
                weights += Overall.WEIGHTS.get(s);
            }
            assertThat(r.overall()).isEqualTo((int) Math.round(sum / weights));
        }

        @Test
        void the_report_names_the_counted_skills_so_the_overall_can_be_recomputed() {
            Transcript t = session()
                    .turnReaching(4, OPEN_QUESTION, EMOTIVE)
                    .turn(REFLECTION_COMPLEX, EMOTIVE)
                    .build();
            SessionReport r = scorer.score(t);
            assertThat(r.counted())
                    .containsExactlyInAnyOrder(
                            Skill.EMOTIVE_INQUIRY,
                            Skill.OPEN_INQUIRY,
                            Skill.REFLECTIVE_LISTENING,
                            Skill.RESTRAINT,
                            Skill.DEPTH);
            java.util.Map<Skill, Integer> scores = new java.util.EnumMap<>(Skill.class);
            r.skills().forEach((skill, score) -> scores.put(skill, score.score()));
            assertThat(app.attune.grading.OverallScore.of(scores, r.counted())).isEqualTo(r.overall());
            scores.put(Skill.DEPTH, 0);
            assertThat(app.attune.grading.OverallScore.of(scores, r.counted())).isLessThan(r.overall());
        }

        @Test
        void the_weights_add_up_to_one_hundred() {
            assertThat(Overall.WEIGHTS.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(100);
        }

        @Test
        void a_good_exploring_session_outscores_a_pushing_one() {
            Transcript exploring = session()
                    .opening("I'm fine.", RESISTANCE)
                    .turnThen(Set.of(WITHDRAWAL), REFLECTION_COMPLEX, EMOTIVE)
                    .turn(OPEN_QUESTION, EMOTIVE)
                    .turnReaching(3, VALIDATE, EMOTIVE)
                    .build();
            Transcript pushing = session()
                    .opening("I'm fine.", RESISTANCE)
                    .turnThen(Set.of(WITHDRAWAL), ADVISE)
                    .turn(REASSURE)
                    .turn(CLOSED_QUESTION)
                    .build();
            assertThat(scorer.score(exploring).overall())
                    .isGreaterThan(scorer.score(pushing).overall() + 30);
        }
    }

    @Nested
    class Annotations {

        @Test
        void each_turn_is_annotated_with_codes_stance_signals_and_layer_change() {
            Transcript t = session()
                    .turnReaching(2, OPEN_QUESTION, EMOTIVE)
                    .turnThen(Set.of(WITHDRAWAL), ADVISE)
                    .build();
            SessionReport r = scorer.score(t);
            assertThat(r.annotations()).hasSize(2);
            assertThat(r.annotations().get(0).stance()).isEqualTo(MoveStance.EXPLORE);
            assertThat(r.annotations().get(0).layerChange()).isEqualTo(2);
            assertThat(r.annotations().get(1).stance()).isEqualTo(MoveStance.PUSH);
            assertThat(r.annotations().get(1).personaSignals()).containsExactly(WITHDRAWAL);
        }

        @Test
        void weak_turns_get_a_try_instead_and_good_turns_do_not() {
            Transcript t = session()
                    .turn(OPEN_QUESTION, EMOTIVE)
                    .turn(CLOSED_QUESTION)
                    .turn(REASSURE)
                    .build();
            SessionReport r = scorer.score(t);
            assertThat(r.suggestions()).extracting(s -> s.turn()).containsExactly(2, 3);
        }
    }
}
