package app.attune.web.ui.practice;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.EndedBy;
import app.attune.core.practice.FeedbackReport;
import app.attune.core.practice.PracticeException;
import app.attune.core.practice.PracticeService;
import app.attune.core.review.ReviewService;
import app.attune.core.review.TurnComment;
import app.attune.grading.OverallScore;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.Skill;
import app.attune.grading.SkillScore;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import app.attune.web.ui.Plural;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The feedback report of one finished attempt, at a stable address ({@code /attempts/<id>}) and
 * printable: the seven skills with score, level and a one-line explanation; the moments the client
 * resisted and what the trainee did there; every turn annotated with its codes and what it did to
 * the client; "try instead" suggestions on weak turns. Only the trainee's own attempts open here.
 */
@Route("attempts/:attemptId")
@RolesAllowed({Roles.TRAINEE, Roles.FACILITATOR, Roles.PROGRAM_LEAD})
@Prototype
public class FeedbackReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final transient PracticeService practice;
    private final transient ReviewService reviews;
    private final transient AccountService accounts;
    private final UserId me;
    private String title = "Feedback";

    public FeedbackReportView(PracticeService practice, ReviewService reviews, AccountService accounts) {
        this.practice = practice;
        this.reviews = reviews;
        this.accounts = accounts;
        this.me = CurrentUser.require().userId();
        addClassName("attune-page");
        addClassName("report-page");
        setSpacing(false);
    }

    static RouteParameters parameters(AttemptId id) {
        return new RouteParameters("attemptId", String.valueOf(id.value()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Attune";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("attemptId").orElse("");
        Optional<AttemptId> id = AttemptId.parse(raw);
        if (id.isEmpty()) {
            notFound("There is no attempt '" + raw + "' among your attempts.");
            return;
        }
        try {
            render(practice.report(me, id.get()));
        } catch (PracticeException.AttemptNotFound e) {
            notFound(e.getMessage());
        } catch (PracticeException.NotFinished e) {
            title = "Conversation still going";
            H1 heading = new H1("This conversation is still going");
            heading.setId("attempt-in-progress");
            Anchor resume = new Anchor("practice/" + e.scenarioId(), "Resume the conversation");
            resume.setId("resume-attempt");
            add(heading, new Paragraph(e.getMessage()), resume);
        } catch (PracticeException e) {
            Paragraph problem = new Paragraph(e.getMessage());
            problem.setId("report-problem");
            problem.addClassName("attune-problem");
            add(new H1("Feedback"), problem);
        }
    }

    private void notFound(String text) {
        title = "Attempt not found";
        H1 heading = new H1("Attempt not found");
        heading.setId("attempt-not-found");
        add(heading, new Paragraph(text), new Anchor("progress", "Your attempts"));
    }

    private void render(FeedbackReport r) {
        ZoneId zone = ClientZone.of(com.vaadin.flow.component.UI.getCurrent());
        boolean own = r.trainee().equals(me);
        Review review = review(r.id());
        String persona = AnnotatedTranscript.firstName(r.scenario().personaName());
        title = "Feedback: " + r.scenario().title();
        H1 heading = new H1("Feedback: " + r.scenario().title());
        heading.setId("report-title");
        Paragraph meta =
                new Paragraph(r.scenario().personaName() + ", " + r.scenario().personaRole() + " · "
                        + r.endedBy().map(EndedBy::description).orElse("Ended") + " · "
                        + Plural.of(r.turns().size(), "turn") + " · "
                        + Words.dayTime(r.completedAt(), zone));
        meta.addClassName("attune-muted");
        meta.setId("report-meta");
        add(heading, meta);

        Button print =
                new Button("Print", VaadinIcon.PRINT.create(), e -> getElement().executeJs("window.print()"));
        print.setId("print-report");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(print);
        if (own) {
            Anchor again = new Anchor("practice/" + r.scenario().scenarioId(), "Practise this scenario again");
            again.setId("practise-again");
            actions.add(again, new Anchor("progress", "Your progress"));
        } else {
            // reviewers read the trainee's report here; comments and adjustments live on the review page
            Anchor reviewPage = new Anchor("review/" + r.id().value(), "Open the review page");
            reviewPage.setId("open-review");
            actions.add(reviewPage);
        }
        actions.addClassName("report-actions");
        actions.addClassName("no-print");
        add(actions);

        Div overall = new Div();
        overall.setId("overall-score");
        overall.addClassName("report-overall");
        Span number = new Span(String.valueOf(r.overall()));
        number.addClassName("report-overall-number");
        Span label = new Span("overall, out of 100");
        label.addClassName("report-overall-label");
        overall.add(number, label);
        add(overall);
        Paragraph how = new Paragraph("A weighted mean of the skills that counted ("
                + OverallScore.WEIGHTS.entrySet().stream()
                        .sorted(Map.Entry.<Skill, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(e -> e.getKey().ordinal()))
                        .map(e -> e.getKey().title().toLowerCase(Locale.ROOT) + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + "). A skill the conversation gave no chance to show is left out.");
        how.setId("overall-how");
        how.addClassName("attune-muted");
        add(how);

        add(new H2(own ? "Your seven skills" : "The seven skills"));
        Div skills = new Div();
        skills.setId("skills");
        skills.addClassName("report-skills");
        for (SkillScore s : r.skills()) {
            skills.add(skillCard(s, r.counted().contains(s.skill()), review.adjusted(s.skill())));
        }
        add(skills);

        add(resistance(r, persona));
        // a reviewer reads the trainee's turns under the trainee's name, not as "You"
        String speaker = own
                ? "You"
                : accounts.find(r.trainee()).map(Account::displayName).orElse("The trainee");
        add(new AnnotatedTranscript(r, speaker, (turn, slot) -> showComments(review.on(turn.number()), slot, zone)));
    }

    /** The facilitator's comments and score adjustments; without them when they cannot be read. */
    private Review review(AttemptId id) {
        try {
            return Review.of(reviews.comments(me, id), reviews.overrides(me, id));
        } catch (NotAllowed e) {
            return Review.of(List.of(), List.of());
        }
    }

    private static void showComments(List<TurnComment> comments, Div slot, ZoneId zone) {
        for (TurnComment c : comments) {
            Div box = new Div();
            box.addClassName("facilitator-comment");
            box.setId("comment-" + c.id());
            Span who = new Span("Comment from " + c.author() + " · " + Words.dayTime(c.at(), zone));
            who.addClassName("facilitator-comment-label");
            Paragraph body = new Paragraph(c.body());
            body.addClassName("facilitator-comment-text");
            box.add(who, body);
            slot.add(box);
        }
    }

    private static Div skillCard(SkillScore s, boolean counted, Optional<Review.Adjustment> adjusted) {
        Div card = new Div();
        card.setId("skill-" + s.skill().id());
        card.addClassName("report-skill");
        // a skill the session gave no chance to show is not judged: no level colour, a plain label
        card.addClassName(counted ? "level-" + s.level().id() : "not-counted");
        H3 name = new H3(s.skill().title());
        Div top = new Div();
        top.addClassName("report-skill-top");
        Span score = new Span(String.valueOf(s.score()));
        score.addClassName("report-skill-score");
        Span level = new Span(counted ? AnnotatedTranscript.capitalise(s.level().id()) : "Not counted");
        level.getElement().getThemeList().add("badge");
        level.addClassName("report-skill-level");
        top.add(score, level);
        Div meter = new Div();
        meter.addClassName("report-meter");
        meter.getElement().setAttribute("aria-hidden", "true");
        Div fill = new Div();
        fill.addClassName("report-meter-fill");
        fill.getStyle().set("width", s.score() + "%");
        meter.add(fill);
        Paragraph why = new Paragraph(s.explanation());
        why.addClassName("report-skill-why");
        card.add(name, top, meter, why);
        adjusted.ifPresent(a -> {
            card.addClassName("adjusted");
            Span badge = new Span("Adjusted by your facilitator");
            badge.getElement().getThemeList().add("badge contrast");
            badge.addClassName("report-skill-adjusted");
            Paragraph note = new Paragraph(a.author() + " changed this score from " + a.originalScore() + " to "
                    + a.newScore() + ". Reason: " + a.reason());
            note.addClassName("report-skill-adjusted-why");
            card.add(badge, note);
        });
        if (!s.turns().isEmpty()) {
            // each number jumps to its turn in the annotated transcript below
            Paragraph turns = new Paragraph(s.turns().size() == 1 ? "Turn " : "Turns ");
            turns.addClassName("report-skill-turns");
            for (int i = 0; i < s.turns().size(); i++) {
                int n = s.turns().get(i);
                if (i > 0) {
                    turns.add(new Text(", "));
                }
                Anchor link = new Anchor("#turn-" + n, String.valueOf(n));
                link.getElement().setAttribute("aria-label", "Go to turn " + n);
                turns.add(link);
            }
            card.add(turns);
        }
        return card;
    }

    private static Div resistance(FeedbackReport r, String persona) {
        Div section = new Div();
        section.setId("resistance");
        section.addClassName("report-section");
        section.add(new H2("Moments of resistance"));
        if (r.resistanceMoments().isEmpty()) {
            Paragraph none = new Paragraph(persona + " did not resist in this conversation.");
            none.addClassName("attune-muted");
            section.add(none);
            return section;
        }
        Paragraph intro = new Paragraph("When a client resists, exploring the resistance helps more than pushing"
                + " past it. Here is what " + persona + " showed and what you did next.");
        intro.addClassName("attune-muted");
        section.add(intro);
        for (ResistanceMoment m : r.resistanceMoments()) {
            Div item = new Div();
            item.addClassName("resistance-moment");
            item.addClassName("outcome-" + m.outcome().id());
            String where = m.turn() == 0 ? "In the opening" : "After turn " + m.turn();
            StringBuilder text =
                    new StringBuilder(where + ", " + persona + " showed " + Words.signals(m.signals()) + ". ");
            if (m.responseTurn() > 0) {
                text.append("Turn ").append(m.responseTurn()).append(": ").append(Words.outcome(m.outcome()));
                if (!m.responseCodes().isEmpty()) {
                    text.append(" (").append(Words.codes(m.responseCodes())).append(")");
                }
                text.append('.');
            } else {
                text.append(AnnotatedTranscript.capitalise(Words.outcome(m.outcome())))
                        .append('.');
            }
            item.add(new Span(text.toString()));
            section.add(item);
        }
        return section;
    }
}
