package app.attune.grading.classify;

import static app.attune.grading.MoveCode.ADVISE;
import static app.attune.grading.MoveCode.AFFIRM;
import static app.attune.grading.MoveCode.AUTONOMY;
import static app.attune.grading.MoveCode.CLOSED_QUESTION;
import static app.attune.grading.MoveCode.CONFRONT;
import static app.attune.grading.MoveCode.DEFLECT;
import static app.attune.grading.MoveCode.EMOTIVE;
import static app.attune.grading.MoveCode.INFORM;
import static app.attune.grading.MoveCode.OPEN_QUESTION;
import static app.attune.grading.MoveCode.OTHER;
import static app.attune.grading.MoveCode.PROCESS;
import static app.attune.grading.MoveCode.REASSURE;
import static app.attune.grading.MoveCode.REFLECTION_COMPLEX;
import static app.attune.grading.MoveCode.REFLECTION_SIMPLE;
import static app.attune.grading.MoveCode.REPAIR;
import static app.attune.grading.MoveCode.VALIDATE;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Behaviour of the shipped classifier on typed chat, with Attune's own example sentences. */
class ClassifierBehaviourTest {

    private static final MoveClassifier CLASSIFIER = MoveClassifier.standard();
    private static final String SCARED = "I'm scared the whole team will see I'm out of my depth.";
    private static final String NEUTRAL = "The quarterly review is on Thursday.";

    static Set<MoveCode> codes(String text, String previous) {
        return CLASSIFIER.classify(text, previous).codes();
    }

    @Nested
    class Questions {

        @Test
        void an_open_question_without_a_question_mark_is_still_open() {
            assertThat(codes("what was that like for you", NEUTRAL)).contains(OPEN_QUESTION, EMOTIVE);
        }

        @Test
        void tell_me_more_is_an_open_invitation() {
            assertThat(codes("tell me more", NEUTRAL)).containsExactly(OPEN_QUESTION);
        }

        @Test
        void i_am_wondering_how_is_an_open_question() {
            assertThat(codes("I'm wondering how the move has been for you", NEUTRAL))
                    .contains(OPEN_QUESTION);
        }

        @Test
        void a_closed_question_about_feelings_is_closed_and_emotive() {
            assertThat(codes("did that leave you feeling embarrassed", SCARED))
                    .containsExactly(CLOSED_QUESTION, EMOTIVE);
        }

        @Test
        void a_how_many_question_asks_for_a_fact_and_is_closed() {
            assertThat(codes("How many people report to you now?", NEUTRAL)).containsExactly(CLOSED_QUESTION);
        }

        @Test
        void the_last_of_two_questions_decides_the_type() {
            assertThat(codes("What happened next? Did he apologise?", NEUTRAL))
                    .contains(CLOSED_QUESTION)
                    .doesNotContain(OPEN_QUESTION);
        }

        @Test
        void a_statement_that_starts_with_what_is_not_a_question() {
            assertThat(codes("What you did there took real courage.", NEUTRAL)).doesNotContain(OPEN_QUESTION);
        }

        @Test
        void a_greeting_question_is_social_not_an_open_question() {
            assertThat(codes("hey, how are you", "Hello!")).containsExactly(OTHER);
        }
    }

    @Nested
    class PushMoves {

        @Test
        void advice_disguised_as_a_question_is_advise_and_closed_question() {
            assertThat(codes("have you tried just asking?", NEUTRAL)).containsExactly(CLOSED_QUESTION, ADVISE);
        }

        @Test
        void why_dont_you_is_advice_not_an_open_question() {
            assertThat(codes("why don't you hand the report to your deputy", NEUTRAL))
                    .containsExactly(CLOSED_QUESTION, ADVISE);
        }

        @Test
        void an_instruction_is_advice() {
            assertThat(codes("Book a meeting with her tomorrow and tell her straight.", NEUTRAL))
                    .containsExactly(ADVISE);
        }

        @Test
        void an_accusatory_why_is_an_open_question_and_a_confrontation() {
            assertThat(codes("why would you let the deadline slide again", NEUTRAL))
                    .containsExactly(OPEN_QUESTION, CONFRONT);
        }

        @Test
        void a_label_is_a_confrontation() {
            assertThat(codes("You're being really stubborn about this.", NEUTRAL))
                    .containsExactly(CONFRONT);
        }

        @Test
        void kind_sounding_reassurance_is_still_reassurance() {
            assertThat(codes("aw don't worry, I'm sure they think you're great", SCARED))
                    .containsExactly(REASSURE);
        }

        @Test
        void universalising_the_feeling_is_reassurance() {
            assertThat(codes("Honestly everyone feels like that in a new job.", SCARED))
                    .contains(REASSURE);
        }

        @Test
        void advice_with_permission_keeps_autonomy_and_drops_advise() {
            assertThat(codes("If you're open to it, one idea is to pair up with another manager.", NEUTRAL))
                    .containsExactly(AUTONOMY);
        }

        @Test
        void a_fact_question_right_after_a_feeling_deflects() {
            assertThat(codes("What time is the meeting?", SCARED)).containsExactly(CLOSED_QUESTION, DEFLECT);
        }

        @Test
        void the_same_fact_question_after_a_neutral_line_does_not_deflect() {
            assertThat(codes("What time is the meeting?", NEUTRAL)).containsExactly(CLOSED_QUESTION);
        }

        @Test
        void changing_the_subject_after_a_feeling_deflects() {
            assertThat(codes("Anyway, let's look at the budget.", SCARED)).containsExactly(DEFLECT);
        }

        @Test
        void changing_the_subject_after_a_neutral_line_is_structuring() {
            assertThat(codes("Let's look at the budget next.", NEUTRAL)).containsExactly(OTHER);
        }
    }

    @Nested
    class Reflections {

        @Test
        void repeating_the_client_is_a_simple_reflection() {
            assertThat(codes("So the review is on Thursday.", NEUTRAL)).containsExactly(REFLECTION_SIMPLE);
        }

        @Test
        void a_reflection_that_names_the_feeling_under_the_story_is_complex() {
            assertThat(codes("Sounds like there's some dread about Thursday.", NEUTRAL))
                    .containsExactly(EMOTIVE, REFLECTION_COMPLEX);
        }

        @Test
        void a_reflection_of_feeling_without_a_feeling_word_in_the_client_line_is_complex_and_emotive() {
            assertThat(codes("you sound exhausted", "I've done three night shifts in a row and then the audit."))
                    .containsExactly(EMOTIVE, REFLECTION_COMPLEX);
        }

        @Test
        void a_double_sided_reflection_is_complex() {
            assertThat(codes(
                            "Part of you wants the new job, and part of you doesn't want to leave your team.",
                            "I applied for the new job but I love my team."))
                    .contains(REFLECTION_COMPLEX);
        }

        @Test
        void echoing_the_clients_feeling_word_is_simple_and_emotive() {
            assertThat(codes("really frustrated", "I'm really frustrated with the rota."))
                    .containsExactly(EMOTIVE, REFLECTION_SIMPLE);
        }

        @Test
        void two_sentences_in_one_turn_combine_a_reflection_and_a_question() {
            assertThat(codes(
                            "So the board moved the date again. how did you take that",
                            "The board moved the date again."))
                    .contains(OPEN_QUESTION, REFLECTION_SIMPLE);
        }
    }

    @Nested
    class GuessesAndSteers {

        private static final String TWO_JOBS = "I've been doing two jobs since March.";
        private static final String CREDIT = "I covered for her for months and she took the credit.";

        @Test
        void you_must_be_exhausted_is_a_guess_at_the_feeling_not_an_order() {
            assertThat(codes("You must be exhausted.", TWO_JOBS)).containsExactly(EMOTIVE, REFLECTION_COMPLEX);
        }

        @Test
        void you_must_still_gives_an_order() {
            assertThat(codes("You must tell your director this week.", TWO_JOBS))
                    .contains(ADVISE);
        }

        @Test
        void a_feeling_of_several_words_the_client_did_not_name_makes_the_reflection_complex() {
            assertThat(codes("It sounds like you felt really let down.", CREDIT))
                    .containsExactly(EMOTIVE, REFLECTION_COMPLEX);
        }

        @Test
        void wondering_how_something_sits_with_the_client_invites_the_feeling() {
            assertThat(codes("I'm wondering how that sits with you.", CREDIT)).contains(OPEN_QUESTION, EMOTIVE);
        }

        @Test
        void advice_asked_as_a_question_is_not_emotive_even_when_it_names_feelings() {
            assertThat(codes("why dont you just tell them how you feel", "The team ignores me."))
                    .containsExactly(CLOSED_QUESTION, ADVISE);
        }
    }

    @Nested
    class CounsellingStyle {

        @Test
        void a_health_fact_with_your_in_it_is_information_not_a_reflection() {
            assertThat(codes(
                            "Drinking more than 14 units a week raises your risk of liver disease.",
                            "I don't think I drink that much."))
                    .containsExactly(INFORM);
        }

        @Test
        void setting_the_client_s_words_against_the_facts_confronts() {
            assertThat(codes(
                            "Well, you say it's not a problem, but you've been to the ER twice this year.",
                            "It's not a problem, I can handle it."))
                    .contains(CONFRONT);
        }

        @Test
        void why_have_you_not_yet_is_an_accusing_question() {
            assertThat(codes("Why haven't you stopped yet?", "I keep meaning to stop."))
                    .contains(CONFRONT);
        }

        @Test
        void a_warning_of_consequences_confronts() {
            assertThat(codes("If you don't stop now, you'll end up on dialysis.", "I'll deal with it later."))
                    .containsExactly(CONFRONT);
        }

        @Test
        void a_noun_that_looks_like_an_instruction_verb_is_not_advice() {
            assertThat(codes("So exercise hasn't been a priority.", "I haven't been to the gym in months."))
                    .doesNotContain(ADVISE)
                    .containsAnyOf(REFLECTION_SIMPLE, REFLECTION_COMPLEX);
        }

        @Test
        void a_rating_on_a_scale_is_a_closed_question() {
            assertThat(codes("On a scale of 1 to 10, how ready do you feel to cut down?", "I drink most nights."))
                    .contains(CLOSED_QUESTION)
                    .doesNotContain(OPEN_QUESTION);
        }

        @Test
        void a_reflection_inside_an_announced_summary_is_complex() {
            assertThat(codes(
                            "Let me check I've got this. You walk most days and you want to add a swim.",
                            "That's about it."))
                    .contains(REFLECTION_COMPLEX)
                    .doesNotContain(REFLECTION_SIMPLE);
        }

        @Test
        void a_long_reflection_that_strings_three_things_together_is_complex() {
            assertThat(codes(
                            "You've smoked since you were fifteen, you've tried to stop twice, and this time it's"
                                    + " your daughter's asthma that's making you think again.",
                            "That's about it really."))
                    .containsExactly(REFLECTION_COMPLEX);
        }

        @Test
        void a_long_echo_of_the_client_s_own_words_is_a_simple_reflection() {
            assertThat(codes("Three or four pints on a work night.", "I've had three or four pints every work night."))
                    .containsExactly(REFLECTION_SIMPLE);
        }

        @Test
        void okay_after_okay_acknowledges_without_reflecting() {
            assertThat(codes("Okay.", "Okay, I guess.")).containsExactly(OTHER);
        }

        @Test
        void goodbye_see_you_is_not_an_instruction() {
            assertThat(codes("Thanks for coming in. See you in two weeks.", "I'll leave it there for today."))
                    .containsExactly(OTHER);
        }

        @Test
        void do_not_stress_soothes_rather_than_advises() {
            assertThat(codes("dont stress, it'll sort itself out", "i'm freaking out abt the funding round"))
                    .containsExactly(REASSURE);
        }

        @Test
        void offering_to_tell_more_is_asking_permission() {
            assertThat(codes("Would it help if I told you a bit more about it?", "Not much, just that it's bad."))
                    .containsExactly(CLOSED_QUESTION, AUTONOMY);
        }

        @Test
        void a_label_like_denial_confronts() {
            assertThat(codes("That's denial, plain and simple.", "It's only at weekends."))
                    .containsExactly(CONFRONT);
        }

        @Test
        void you_keep_saying_yes_reflects_rather_than_confronts() {
            assertThat(codes(
                            "You keep saying yes even when there's no time.",
                            "I keep agreeing to things I don't have time for."))
                    .doesNotContain(CONFRONT);
        }
    }

    @Nested
    class TheMoment {

        @Test
        void a_task_question_right_after_the_client_describes_sobbing_deflects() {
            assertThat(codes(
                            "ok. did the survey have a breakdown by department",
                            "I went home and sobbed after the survey."))
                    .containsExactly(CLOSED_QUESTION, DEFLECT);
        }

        @Test
        void let_us_turn_to_the_diary_after_a_painful_disclosure_deflects() {
            assertThat(codes("Right, let's fill in the diary for this week.", "Honestly, I think I'm burning out."))
                    .containsExactly(DEFLECT);
        }

        @Test
        void the_same_structuring_after_a_neutral_line_is_other() {
            assertThat(codes("Right, let's fill in the diary for this week.", NEUTRAL))
                    .containsExactly(OTHER);
        }

        @Test
        void naming_the_voice_as_the_client_talks_is_process() {
            assertThat(codes(
                            "As you talk about the merger, your voice has gone very quiet. What are you feeling right now?",
                            "I guess the merger's just happening."))
                    .contains(PROCESS, OPEN_QUESTION, EMOTIVE);
        }

        @Test
        void part_of_you_stays_a_reflection_even_when_it_mentions_other_people() {
            assertThat(codes(
                            "Part of you is ready to step up, and part of you would feel guilty walking away from the"
                                    + " people who backed you.",
                            "I want the promotion, but I'd be leaving the team."))
                    .containsExactly(EMOTIVE, REFLECTION_COMPLEX);
        }
    }

    @Nested
    class MisreadsThatHurtThePersona {

        private static final String PATTERN =
                "I learned early that if I got it all done, nobody could be cross with me. I still do it.";

        @Test
        void a_reflection_checked_with_a_question_mark_does_not_deflect() {
            assertThat(codes("so the old way of coping is still running the show now?", PATTERN))
                    .doesNotContain(DEFLECT);
        }

        @Test
        void a_trailing_do_you_think_keeps_the_question_open() {
            assertThat(codes("how does that old story show up now, do you think?", PATTERN))
                    .contains(OPEN_QUESTION)
                    .doesNotContain(CLOSED_QUESTION, DEFLECT);
        }

        @Test
        void not_as_bad_as_you_think_reassures() {
            assertThat(codes("It's really not as bad as you think.", "I think I've ruined it with the board."))
                    .containsExactly(REASSURE);
        }

        @Test
        void maybe_sleep_on_it_is_advice() {
            assertThat(codes("Maybe sleep on it and decide tomorrow.", "I can't decide."))
                    .contains(ADVISE);
        }

        @Test
        void what_is_the_problem_is_a_question_not_a_label() {
            assertThat(codes("Right, let's get straight to it. What's the problem?", NEUTRAL))
                    .contains(OPEN_QUESTION)
                    .doesNotContain(CONFRONT);
        }

        @Test
        void sounds_hard_is_a_reflection() {
            assertThat(codes("sounds hard", "My cofounder left in March."))
                    .containsAnyOf(REFLECTION_SIMPLE, REFLECTION_COMPLEX);
        }

        @Test
        void i_wonder_when_invites_an_answer() {
            assertThat(codes("I wonder when you first learned to handle things this way.", PATTERN))
                    .contains(OPEN_QUESTION);
        }

        @Test
        void chat_spelling_of_what_is_understood() {
            assertThat(codes("wat was that like as a kid", "My dad was away a lot."))
                    .contains(OPEN_QUESTION, EMOTIVE);
        }

        @Test
        void correcting_a_typo_is_not_advice() {
            assertThat(codes("oops sorry, ignore that", "Whatever.")).doesNotContain(ADVISE);
        }
    }

    @Nested
    class OtherExploringMoves {

        @Test
        void saying_the_reaction_makes_sense_is_validation() {
            assertThat(codes("Feeling wary after last year makes complete sense.", SCARED))
                    .containsExactly(EMOTIVE, VALIDATE);
        }

        @Test
        void specific_praise_for_effort_is_an_affirmation() {
            assertThat(codes("Raising it with the director took real courage.", NEUTRAL))
                    .containsExactly(AFFIRM);
        }

        @Test
        void putting_the_choice_with_the_client_is_autonomy() {
            assertThat(codes("It's entirely your call where we go from here.", NEUTRAL))
                    .containsExactly(AUTONOMY);
        }

        @Test
        void naming_what_happens_between_us_is_process() {
            assertThat(codes("I notice you went quiet when I mentioned your manager.", NEUTRAL))
                    .containsExactly(PROCESS);
        }

        @Test
        void owning_a_misstep_is_repair() {
            assertThat(codes("Sorry, I jumped in with solutions there. What were you saying?", "You're not listening."))
                    .containsExactly(OPEN_QUESTION, REPAIR);
        }

        @Test
        void sorry_to_hear_it_is_empathy_not_repair() {
            assertThat(codes("I'm sorry to hear that.", SCARED)).doesNotContain(REPAIR);
        }

        @Test
        void a_general_fact_is_information() {
            assertThat(codes("Most new managers find the first year the steepest.", NEUTRAL))
                    .containsExactly(INFORM);
        }

        @Test
        void a_filler_is_other() {
            assertThat(codes("mm-hm", NEUTRAL)).containsExactly(OTHER);
        }
    }

    @Nested
    class TypedChat {

        @Test
        void typos_and_missing_apostrophes_are_understood() {
            assertThat(codes("dont worry, noone would of noticed", SCARED)).containsExactly(REASSURE);
        }

        @Test
        void shouting_in_capitals_reads_the_same() {
            assertThat(codes("HOW DID THAT LAND FOR YOU", NEUTRAL)).containsExactly(OPEN_QUESTION, EMOTIVE);
        }

        @Test
        void every_code_comes_with_evidence() {
            ClassifiedMove move = CLASSIFIER.classify("So you're stuck. Have you tried delegating?", NEUTRAL);
            assertThat(move.evidence().keySet()).isEqualTo(move.codes());
            assertThat(move.evidence().values()).allSatisfy(e -> assertThat(e).isNotBlank());
        }
    }
}
