package app.attune.grading.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveClassifier;
import app.attune.grading.MoveCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoachingSuggestionsTest {

    private final CoachingSuggestions suggestions = CoachingSuggestions.create();
    private final MoveClassifier classifier = MoveClassifier.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I'm terrified I'll mess up the presentation.",
                "My stomach's in knots about Monday.",
                "We moved the launch to March.",
                "It's fine. I don't want to talk about it.",
                "",
                "Right.",
                "Hm.",
                "Thank you.",
                "Tom and I used to have coffee on Fridays.",
                "What do you think I should do?",
                "Do you think I messed up?",
                "My dad died last year and work just carried on.",
                "It's fine, it's just work."
            })
    void the_three_candidates_are_what_their_labels_say(String personaLine) {
        for (long seed = 0; seed < 6; seed++) {
            Guidance g = suggestions.suggest(personaLine, null, seed);
            assertThat(g.candidates())
                    .extracting(CandidateTurn::kind)
                    .containsExactly(CandidateKind.EXPLORING, CandidateKind.CLOSED, CandidateKind.PUSHING);
            ClassifiedMove exploring =
                    classifier.classify(g.candidate(CandidateKind.EXPLORING).text(), personaLine);
            ClassifiedMove closed =
                    classifier.classify(g.candidate(CandidateKind.CLOSED).text(), personaLine);
            ClassifiedMove pushing =
                    classifier.classify(g.candidate(CandidateKind.PUSHING).text(), personaLine);
            assertThat(exploring.codes())
                    .as(g.candidate(CandidateKind.EXPLORING).text())
                    .contains(MoveCode.OPEN_QUESTION, MoveCode.EMOTIVE);
            assertThat(closed.codes())
                    .as(g.candidate(CandidateKind.CLOSED).text())
                    .contains(MoveCode.CLOSED_QUESTION);
            assertThat(pushing.isPush())
                    .as(g.candidate(CandidateKind.PUSHING).text())
                    .isTrue();
            assertThat(g.hint()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Right.", "Hm.", "Thank you.", "Tom and I used to have coffee on Fridays."})
    void candidates_never_quote_scraps_of_the_client_s_line(String personaLine) {
        for (long seed = 0; seed < 6; seed++) {
            Guidance g = suggestions.suggest(personaLine, null, seed);
            assertThat(g.candidates()).extracting(CandidateTurn::text).allSatisfy(text -> assertThat(text)
                    .doesNotContain("You said")
                    .doesNotContain(" '"));
        }
    }

    @Test
    void a_brush_off_gets_an_exploring_candidate_about_what_lies_underneath_and_a_confronting_push() {
        List<String> exploring = new java.util.ArrayList<>();
        List<String> pushing = new java.util.ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            Guidance g = suggestions.suggest("It's fine, it's just work.", null, seed);
            exploring.add(g.candidate(CandidateKind.EXPLORING).text());
            pushing.add(g.candidate(CandidateKind.PUSHING).text());
        }
        assertThat(exploring).anyMatch(t -> t.contains("underneath") || t.contains("fine"));
        assertThat(pushing).noneMatch(t -> t.startsWith("Don't worry"));
    }

    @Test
    void the_exploring_candidate_reuses_the_clients_feeling_word() {
        Guidance g = suggestions.suggest("Honestly I'm furious with the board.", null, 1);
        assertThat(g.candidate(CandidateKind.EXPLORING).text()).contains("furious");
    }

    @Test
    void the_same_input_gives_the_same_guidance() {
        String line = "I feel invisible in those meetings.";
        assertThat(suggestions.suggest(line, null)).isEqualTo(suggestions.suggest(line, null));
        assertThat(List.of(0L, 1L, 2L).stream()
                        .map(seed -> suggestions
                                .suggest(line, null, seed)
                                .candidate(CandidateKind.EXPLORING)
                                .text())
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void the_hint_reacts_to_the_last_move() {
        ClassifiedMove advice = classifier.classify("You should just tell her.", "She ignores my emails.");
        assertThat(suggestions.suggest("Whatever. Fine.", advice).hint()).contains("advice");
        ClassifiedMove reassurance = classifier.classify("Don't worry, it'll be fine.", "I'm scared.");
        assertThat(suggestions.suggest("I'm scared.", reassurance).hint())
                .contains("Reassurance")
                .contains("scared");
    }
}
