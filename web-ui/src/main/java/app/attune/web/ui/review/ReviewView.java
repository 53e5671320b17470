package app.attune.web.ui.review;

import app.attune.core.cohort.NotAllowed;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.FeedbackReport;
import app.attune.core.practice.PracticeException;
import app.attune.core.practice.PracticeService;
import app.attune.core.review.ReviewService;
import app.attune.core.review.ScoreOverride;
import app.attune.grading.Skill;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A facilitator's review of one finished attempt: the scores (adjustable with a reason, every change
 * kept in the audit trail below), and the annotated transcript with comments on specific turns, which
 * the trainee then sees on their report. Program leads and administrators read it without the controls.
 */
@Route("review/:attemptId")
@RolesAllowed({Roles.FACILITATOR, Roles.PROGRAM_LEAD})
@Prototype
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private final PracticeService practice;
    private final ReviewService reviews;
    private AttemptId attempt;
    private String title = "Review";
    private final Paragraph message = new Paragraph();

    public ReviewView(PracticeService practice, ReviewService reviews) {
        this.practice = practice;
        this.reviews = reviews;
        addClassName("attune-page");
        addClassName("review-page");
        message.setId("review-message");
        message.addClassName("attune-form-message");
    }

    @Override
    public String getPageTitle() {
        return title + " · Attune";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("attemptId").orElse("");
        Optional<AttemptId> id = AttemptId.parse(raw);
        if (id.isEmpty()) {
            event.rerouteToError(AccessDeniedException.class, "no such attempt");
            return;
        }
        attempt = id.get();
        try {
            render();
        } catch (NotAllowed | PracticeException.AttemptNotFound e) {
            // the same answer for "not yours" and "not there", so ids reveal nothing
            event.rerouteToError(AccessDeniedException.class, "not an attempt you review");
        } catch (PracticeException.NotFinished e) {
            removeAll();
            title = "Still in progress";
            H1 heading = new H1("This conversation is still going");
            heading.setId("review-in-progress");
            add(heading, new Paragraph("You can review it once the trainee ends it."));
        }
    }

    private void render() {
        FeedbackReport report = practice.report(CurrentUser.require().userId(), attempt);
        boolean canReview = reviews.canReview(me(), attempt);
        String trainee = reviews.traineeName(me(), attempt);
        List<ScoreOverride> trail = reviews.overrides(me(), attempt);
        removeAll();
        title = "Review: " + trainee + ", " + report.scenario().title();
        H1 heading = new H1(trainee + ": " + report.scenario().title());
        heading.setId("review-title");
        Paragraph meta = new Paragraph(
                report.scenario().personaName() + ", " + report.scenario().personaRole() + " · "
                        + report.turns().size() + " turns · ended " + WHEN.format(report.completedAt()));
        meta.addClassName("attune-muted");
        Span overall = new Span("Overall " + report.overall());
        overall.setId("review-overall");
        overall.addClassName("review-overall");
        add(heading, meta, overall, message);
        if (!canReview) {
            Paragraph readOnly = new Paragraph(
                    "You are reading this review; only the trainee's facilitator can" + " comment or adjust scores.");
            readOnly.addClassName("attune-muted");
            readOnly.setId("review-read-only");
            add(readOnly);
        }
        add(new H2("Skills"), new SkillReviewPanel(report.skills(), trail, canReview, this::override));
        add(new ReviewTranscript(report, trainee, reviews.comments(me(), attempt), canReview, this::comment));
        add(new H2("Score changes"), trail(trail));
    }

    private static UnorderedList trail(List<ScoreOverride> trail) {
        UnorderedList list = new UnorderedList();
        list.setId("override-trail");
        list.addClassName("review-trail");
        if (trail.isEmpty()) {
            list.add(new ListItem("No score has been adjusted."));
        }
        for (ScoreOverride o : trail) {
            list.add(new ListItem(WHEN.format(o.at()) + " · " + o.author() + " · "
                    + o.skill().title() + ": " + o.oldScore() + " → " + o.newScore() + " · " + o.reason()));
        }
        return list;
    }

    Optional<String> override(Skill skill, Integer score, String reason) {
        if (score == null) {
            return Optional.of("Enter the new score, from 0 to 100.");
        }
        try {
            reviews.override(me(), attempt, skill, score, reason);
        } catch (IllegalArgumentException | NotAllowed e) {
            return Optional.of(e.getMessage());
        }
        render();
        message.setText(skill.title() + " is now " + score + ".");
        return Optional.empty();
    }

    Optional<String> comment(int turn, String text) {
        try {
            reviews.comment(me(), attempt, turn, text);
        } catch (IllegalArgumentException | NotAllowed e) {
            return Optional.of(e.getMessage());
        }
        render();
        message.setText("Comment added to turn " + turn + ".");
        return Optional.empty();
    }

    String message() {
        return message.getText();
    }

    private static app.attune.core.account.UserId me() {
        return CurrentUser.require().userId();
    }
}
