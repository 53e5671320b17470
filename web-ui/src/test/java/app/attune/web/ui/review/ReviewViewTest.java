package app.attune.web.ui.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.review.ReviewService;
import app.attune.core.review.TurnComment;
import app.attune.scenarios.library.ScenarioLibrary;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewViewTest extends KaribuTest {
    private AttemptId attempt;
    private UserId trainee;

    @BeforeEach
    void aFinishedAttemptInTheFacilitatorsCohort() {
        AccountService accounts = service(AccountService.class);
        UserId facilitator =
                accounts.findByUsername("facilitator").orElseThrow().id();
        CohortService cohorts = service(CohortService.class);
        long n = System.nanoTime();
        CohortId cohort = cohorts.create(facilitator, "Review " + n).id();
        String email = "reviewed." + n + "@example.org";
        cohorts.enrol(facilitator, cohort, "Rae View", email);
        trainee = accounts.findByUsername(email).orElseThrow().id();
        PracticeService practice = service(PracticeService.class);
        String scenario = service(ScenarioLibrary.class).scenarios().getFirst().id();
        LiveAttempt live = practice.start(trainee, scenario, PracticeOptions.NONE);
        practice.takeTurn(trainee, live.id(), 0, "What has been on your mind this week?");
        practice.takeTurn(trainee, live.id(), 1, "That sounds heavy. How is it for you?");
        attempt = practice.end(trainee, live.id());
    }

    private void open() {
        navigate("review/" + attempt.value());
    }

    @Test
    void the_facilitator_adjusts_a_score_with_a_reason_and_it_lands_in_the_trail() {
        signInAs("facilitator");
        open();
        assertThat(_get(com.vaadin.flow.component.html.H1.class, s -> s.withId("review-title"))
                        .getText())
                .isNotBlank();
        ButtonKt._click(_get(Button.class, s -> s.withId("override-open-depth")));
        IntegerField score = _get(IntegerField.class, s -> s.withId("override-score-depth"));
        TextArea reason = _get(TextArea.class, s -> s.withId("override-reason-depth"));
        ButtonKt._click(_get(Button.class, s -> s.withId("override-save-depth")));
        assertThat(score.isInvalid()).as("no score yet").isTrue();
        assertThat(score.getErrorMessage()).isEqualTo("Enter the new score, a whole number from 0 to 100.");

        score.setValue(80);
        ButtonKt._click(_get(Button.class, s -> s.withId("override-save-depth")));
        assertThat(reason.isInvalid()).as("the message is at the reason field").isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Say why you are changing the score: the trainee sees this reason.");
        assertThat(service(ReviewService.class).overrides(trainee, attempt)).isEmpty();

        reason.setValue("Reached the worry underneath.");
        assertThat(reason.isInvalid()).isFalse();
        ButtonKt._click(_get(Button.class, s -> s.withId("override-save-depth")));
        assertThat(_get(ReviewView.class).message()).isEqualTo("Depth reached is now 80.");
        assertThat(trailLines())
                .singleElement()
                .asString()
                .contains("Depth reached: ")
                .contains("→ 80");
        assertThat(service(ReviewService.class).overrides(trainee, attempt)).hasSize(1);
    }

    @Test
    void the_facilitator_comments_on_a_turn_and_the_trainee_can_read_it() {
        signInAs("facilitator");
        open();
        TextArea box = _get(TextArea.class, s -> s.withId("comment-text-2"));
        box.setValue("   ");
        ButtonKt._click(_get(Button.class, s -> s.withId("comment-add-2")));
        assertThat(box.isInvalid()).as("the message is at the comment box").isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Write your comment first: it is empty.");
        assertThat(service(ReviewService.class).comments(trainee, attempt)).isEmpty();
        box.setValue("Good reflection of the weight of it.");
        ButtonKt._click(_get(Button.class, s -> s.withId("comment-add-2")));
        assertThat(_get(ReviewView.class).message()).isEqualTo("Comment added to turn 2.");
        assertThat(service(ReviewService.class).comments(trainee, attempt))
                .extracting(TurnComment::turn, TurnComment::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Good reflection of the weight of it."));
    }

    @Test
    void a_program_lead_reads_the_review_without_the_controls() {
        signInAs("lead");
        open();
        assertThat(_find(Paragraph.class, s -> s.withId("review-read-only"))).hasSize(1);
        assertThat(_find(Span.class, s -> s.withText("Turn 1 · Rae View")))
                .as("a reviewer sees the trainee's name on their turns, not 'You'")
                .hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("override-open-depth"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("comment-add-1"))).isEmpty();
    }

    @Test
    void another_facilitator_and_trainees_are_refused_at_the_address() {
        AccountService accounts = service(AccountService.class);
        String other = "other.facilitator." + System.nanoTime();
        accounts.create(new NewAccount(other, "Otto Ther", null, Role.FACILITATOR, "password-12", false));
        signInAs(other);
        open();
        assertThat(activeView()).isInstanceOf(AccessDeniedView.class);
        signInAs("trainee");
        open();
        assertThat(activeView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void an_unknown_attempt_looks_the_same_as_someone_elses() {
        signInAs("facilitator");
        navigate("review/99999999");
        assertThat(activeView()).isInstanceOf(AccessDeniedView.class);
        navigate("review/not-a-number");
        assertThat(activeView()).isInstanceOf(AccessDeniedView.class);
    }

    private static Object activeView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static java.util.List<String> trailLines() {
        return _find(ListItem.class).stream()
                .filter(li -> li.getParent()
                        .flatMap(p -> p.getId())
                        .filter("override-trail"::equals)
                        .isPresent())
                .map(ListItem::getText)
                .toList();
    }
}
