package app.attune.web.ui.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.FeedbackReport;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.review.ReviewService;
import app.attune.grading.Skill;
import app.attune.web.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Assigned practice, the facilitator's review on the trainee's report, and reviewers reading reports. */
class AssignedPracticeViewsTest extends KaribuTest {
    static final String SCENARIO = PracticeViewsTest.SCENARIO;

    private record Setup(CohortId cohort, UserId trainee, String username) {}

    /** A cohort of the demo facilitator with one new trainee, signed in as that trainee. */
    private static Setup traineeOfFacilitator() {
        UserId facilitator = demo("facilitator");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CohortId cohort =
                service(CohortService.class).create(facilitator, "Views " + tag).id();
        String email = "apv-" + tag + "@example.org";
        // an account with its own password already, so signing in does not stop at "choose a password"
        UserId trainee = service(AccountService.class)
                .create(new NewAccount(email, "Alex " + tag, email, Role.TRAINEE, "password-123", false))
                .id();
        service(CohortService.class)
                .importTrainees(facilitator, cohort, "name,email\nAlex " + tag + "," + email, false);
        return new Setup(cohort, trainee, email);
    }

    private static UserId demo(String username) {
        return service(AccountService.class)
                .findByUsername(username)
                .orElseThrow()
                .id();
    }

    private static void assign(Setup s, AssignmentTerms terms) {
        service(AssignmentService.class).assign(demo("facilitator"), s.cohort(), SCENARIO, terms, List.of());
    }

    private static AttemptId finished(UserId trainee) {
        PracticeService practice = service(PracticeService.class);
        LiveAttempt live = practice.start(trainee, SCENARIO, PracticeOptions.NONE);
        for (int i = 0; i < 3; i++) {
            practice.takeTurn(trainee, live.id(), i, PracticeViewsTest.TURNS.get(i));
        }
        return practice.end(trainee, live.id());
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void an_assigned_scenario_shows_its_terms_without_the_hidden_style_and_not_under_free_practice() {
        Setup s = traineeOfFacilitator();
        assign(
                s,
                new AssignmentTerms(
                        Optional.of(LocalDate.parse("2027-01-15")),
                        "Take your time with the silences.",
                        65,
                        OptionalInt.of(2),
                        true,
                        false,
                        false));
        signInAs(s.username());
        navigate("practice");

        String card = text("assigned-" + SCENARIO);
        assertThat(card)
                .contains("Take your time with the silences.", "15 Jan 2027", "Not started", "Pass mark65")
                .contains("Attempts left2", "HelpHints")
                .doesNotContain("Avoidant");
        assertThat(_find(Div.class, spec -> spec.withId("free-" + SCENARIO))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("free-secure-startup-cto")))
                .hasSize(1);

        _click(_get(_get(Div.class, spec -> spec.withId("assigned-" + SCENARIO)), Button.class));
        assertThat(text("assignment-terms")).contains("Due 15 Jan 2027", "2 of your attempts left", "help: hints");
        assertThat(_get(Paragraph.class, spec -> spec.withId("scenario-meta")).getText())
                .doesNotContain("Avoidant");
        assertThat(_find(Checkbox.class, spec -> spec.withId("toggle-hints")))
                .as("the facilitator decides the aids")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        assertThat(_get(Div.class, spec -> spec.withId("hint")).isVisible()).isTrue();
        assertThat(_find(Checkbox.class, spec -> spec.withId("toggle-hints"))).isEmpty();
    }

    @Test
    void with_every_attempt_used_the_card_and_the_brief_say_so_and_cannot_start() {
        Setup s = traineeOfFacilitator();
        assign(s, new AssignmentTerms(Optional.empty(), "", 0, OptionalInt.of(1), false, false, true));
        finished(s.trainee());
        signInAs(s.username());
        navigate("practice");
        Div card = _get(Div.class, spec -> spec.withId("assigned-" + SCENARIO));
        assertThat(card.getElement().getTextRecursively())
                .contains("Passed", "Avoidant", "You have used every attempt for this assignment.");
        assertThat(_get(card, Button.class).isEnabled()).isFalse();

        navigate("practice/" + SCENARIO);
        assertThat(_get(Button.class, spec -> spec.withId("start-conversation")).isEnabled())
                .isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("turn-message")).getText())
                .contains("You have used every attempt");
    }

    @Test
    void the_trainees_report_shows_comments_next_to_their_turns_and_adjusted_scores_with_the_reason() {
        Setup s = traineeOfFacilitator();
        AttemptId attempt = finished(s.trainee());
        ReviewService reviews = service(ReviewService.class);
        reviews.comment(demo("facilitator"), attempt, 2, "Lovely pause here: you let the feeling land.");
        int before = service(PracticeService.class).report(s.trainee(), attempt).skills().stream()
                .filter(k -> k.skill() == Skill.DEPTH)
                .findFirst()
                .orElseThrow()
                .score();
        int changed = before == 100 ? 90 : before + 10;
        reviews.override(
                demo("facilitator"), attempt, Skill.DEPTH, changed, "The client opened more than the grader saw.");

        signInAs(s.username());
        navigate("attempts/" + attempt.value());
        Div slot = _get(Div.class, spec -> spec.withId("turn-2-extra"));
        assertThat(slot.getElement().getTextRecursively())
                .contains("Comment from", "Lovely pause here: you let the feeling land.");
        assertThat(_get(Div.class, spec -> spec.withId("turn-1-extra")).getChildren())
                .isEmpty();
        Div depth = _get(Div.class, spec -> spec.withId("skill-depth"));
        assertThat(depth.getClassNames()).contains("adjusted");
        assertThat(depth.getElement().getTextRecursively())
                .contains("Adjusted by your facilitator")
                .contains("from " + before + " to " + changed)
                .contains("The client opened more than the grader saw.");
        assertThat(_get(Div.class, spec -> spec.withId("skill-restraint")).getClassNames())
                .doesNotContain("adjusted");
        // three exploring turns gave no rupture to repair: repair is shown but not judged
        assertThat(service(PracticeService.class).report(s.trainee(), attempt).counted())
                .doesNotContain(Skill.REPAIR)
                .contains(Skill.OPEN_INQUIRY);
        Div repair = _get(Div.class, spec -> spec.withId("skill-repair"));
        assertThat(repair.getClassNames()).contains("not-counted").noneMatch(c -> c.startsWith("level-"));
        assertThat(repair.getElement().getTextRecursively()).contains("Not counted");
    }

    @Test
    void the_trainees_facilitator_and_a_program_lead_read_the_report_and_another_facilitator_does_not() {
        Setup s = traineeOfFacilitator();
        AttemptId attempt = finished(s.trainee());

        signInAs("facilitator");
        navigate("attempts/" + attempt.value());
        assertThat(_find(Div.class, spec -> spec.withClasses("report-skill"))).hasSize(7);
        assertThat(_find(Anchor.class, spec -> spec.withId("practise-again"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("open-review")).getHref())
                .isEqualTo("review/" + attempt.value());
        assertThat(_get(Div.class, spec -> spec.withId("turn-1")).getElement().getTextRecursively())
                .contains("Turn 1 · Alex ")
                .doesNotContain("· You");

        signInAs("lead");
        navigate("attempts/" + attempt.value());
        assertThat(_find(Div.class, spec -> spec.withClasses("annotated-turn"))).hasSize(3);

        String other = "other-fac-" + UUID.randomUUID().toString().substring(0, 8);
        service(AccountService.class)
                .create(new NewAccount(other, "Other Facilitator", null, Role.FACILITATOR, "password-123", false));
        signInAs(other);
        navigate("attempts/" + attempt.value());
        assertThat(_find(H1.class, spec -> spec.withId("attempt-not-found"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("report-skill"))).isEmpty();
    }

    @Test
    void the_annotated_transcript_offers_a_slot_under_every_turn_for_the_page_using_it() {
        Setup s = traineeOfFacilitator();
        AttemptId attempt = finished(s.trainee());
        FeedbackReport report = service(PracticeService.class).report(s.trainee(), attempt);

        AnnotatedTranscript transcript = new AnnotatedTranscript(
                report, (turn, slot) -> slot.add(new Span("controls for turn " + turn.number())));
        UI.getCurrent().add(transcript);
        assertThat(transcript.turnNumbers()).containsExactly(1, 2, 3);
        assertThat(transcript.slot(3).getElement().getTextRecursively()).isEqualTo("controls for turn 3");
        transcript.slot(1).add(new Span("added later"));
        assertThat(_get(Div.class, spec -> spec.withId("turn-1")).getElement().getTextRecursively())
                .contains(PracticeViewsTest.TURNS.get(0), "What it did:", "controls for turn 1", "added later");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transcript.slot(4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no turn 4");
    }
}
