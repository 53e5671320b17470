package app.attune.web.ui.practice;

import app.attune.core.account.Role;
import app.attune.core.practice.CardKind;
import app.attune.core.practice.PracticeCard;
import app.attune.core.practice.PracticeException;
import app.attune.core.practice.PracticeHome;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import app.attune.web.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The trainee's practice page: unfinished conversations first (to resume), then the scenarios
 * assigned to them, then the ones open for free practice.
 */
@Route("practice")
@PageTitle("Practice · Attune")
// facilitators try scenarios the way their trainees meet them; their attempts are theirs alone and,
// as they belong to no cohort, never reach a progress board or the insights
@RolesAllowed({Roles.TRAINEE, Roles.FACILITATOR})
@Prototype
public class PracticeHomeView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final transient PracticeService practice;

    public PracticeHomeView(PracticeService practice) {
        this.practice = practice;
        addClassName("attune-page");
    }

    /** Built on every visit, so coming back (or clicking "Practice" again) shows what is current. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = CurrentUser.require();
        removeAll();
        add(new H1("Practice"));
        add(new Paragraph("Choose a client to coach. Read the brief, then hold the conversation in your own"
                + " words; your feedback report is ready the moment it ends."));
        if (user.role() == Role.FACILITATOR) {
            Paragraph yours = new Paragraph("Try any scenario before you assign it. Your attempts are yours alone:"
                    + " they never appear on a cohort's progress board or in the program's insights.");
            yours.setId("facilitator-practice-note");
            yours.addClassName("attune-muted");
            add(yours);
        }
        PracticeHome home;
        try {
            home = practice.home(user.userId());
        } catch (PracticeException e) {
            Paragraph problem = new Paragraph(e.getMessage());
            problem.setId("practice-problem");
            problem.addClassName("attune-problem");
            add(problem);
            return;
        }
        ZoneId zone = ClientZone.of(com.vaadin.flow.component.UI.getCurrent());
        if (!home.unfinished().isEmpty()) {
            add(section("unfinished", "Pick up where you left off", home.unfinished(), "unfinished", zone));
        }
        Div assigned = section("assigned", "Assigned to you", home.assigned(), "assigned", zone);
        if (home.assigned().isEmpty()) {
            Paragraph none = new Paragraph("Nothing is assigned to you yet. When your facilitator assigns a"
                    + " scenario, it appears here with its due date and how many attempts you have.");
            none.addClassName("attune-muted");
            assigned.add(none);
        }
        if (user.role() != Role.FACILITATOR || !home.assigned().isEmpty()) {
            add(assigned); // nobody assigns work to a facilitator: no empty promise of it
        }
        add(section("free-practice", "Free practice", home.freePractice(), "free", zone));
    }

    private static Div section(String id, String title, List<PracticeCard> cards, String prefix, ZoneId zone) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("practice-section");
        H2 heading = new H2(title);
        section.add(heading);
        Div grid = new Div();
        grid.addClassName("practice-cards");
        for (PracticeCard card : cards) {
            grid.add(card(card, prefix, zone));
        }
        if (!cards.isEmpty()) {
            section.add(grid);
        }
        return section;
    }

    static Component card(PracticeCard c, String prefix, ZoneId zone) {
        Div card = new Div();
        card.setId(prefix + "-" + c.scenarioId());
        card.addClassName("practice-card");
        card.add(new H3(c.title()));
        Paragraph persona = new Paragraph(c.personaName() + ", " + c.personaRole());
        persona.addClassName("practice-persona");
        card.add(persona);

        Div tags = new Div();
        tags.addClassName("practice-tags");
        c.style().ifPresent(style -> tags.add(badge(Words.style(style), "style")));
        tags.add(badge(Words.difficulty(c.difficulty()), "difficulty"));
        tags.add(badge(Words.setting(c.setting()), "setting"));
        card.add(tags);
        if (!c.difficultyNote().isBlank()) {
            Paragraph note = new Paragraph(c.difficultyNote());
            note.addClassName("practice-note");
            note.getElement().setAttribute("title", "A note from your facilitator");
            card.add(note);
        }

        Div facts = new Div();
        facts.addClassName("practice-facts");
        facts.add(fact("Status", c.status().title(), "status"));
        c.due().ifPresent(due -> facts.add(fact("Due", DUE.format(due), "due")));
        facts.add(fact(
                "Best score",
                c.bestScore().isPresent() ? String.valueOf(c.bestScore().getAsInt()) : "–",
                "best"));
        c.passThreshold().ifPresent(pass -> facts.add(fact("Pass mark", String.valueOf(pass), "pass")));
        facts.add(fact(
                "Attempts left",
                c.attemptsLeft().isPresent() ? String.valueOf(c.attemptsLeft().getAsInt()) : "Unlimited",
                "left"));
        if (c.kind() == CardKind.ASSIGNED) {
            facts.add(fact("Help", aids(c.aids()), "aids"));
        }
        c.lastActivity()
                .filter(x -> c.openAttempt().isPresent())
                .ifPresent(last -> facts.add(fact("Last turn", Words.dayTime(last, zone), "last")));
        card.add(facts);

        String action = c.openAttempt().isPresent() ? "Resume" : c.attemptsUsed() > 0 ? "Practise again" : "Start";
        Button go = new Button(action, e -> e.getSource()
                .getUI()
                .ifPresent(ui -> ui.navigate(ConversationView.class, ConversationView.parameters(c.scenarioId()))));
        go.addClassName("practice-go");
        go.getElement().setAttribute("aria-label", action + ": " + c.title());
        if (c.openAttempt().isPresent()) {
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        go.setEnabled(c.canStart());
        card.add(go);
        if (!c.canStart()) {
            Paragraph none = new Paragraph("You have used every attempt for this assignment.");
            none.addClassName("attune-muted");
            none.addClassName("practice-none-left");
            card.add(none);
        }
        return card;
    }

    /** The practice aids a facilitator switched on, in words. */
    static String aids(PracticeOptions aids) {
        if (aids.hints() && aids.guided()) {
            return "Hints and guided mode";
        }
        if (aids.hints()) {
            return "Hints";
        }
        return aids.guided() ? "Guided mode" : "None";
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("practice-" + kind);
        return badge;
    }

    private static Div fact(String label, String value, String kind) {
        Div fact = new Div();
        fact.addClassName("practice-fact");
        fact.addClassName("practice-fact-" + kind);
        Span l = new Span(label);
        l.addClassName("practice-fact-label");
        Span v = new Span(value);
        v.addClassName("practice-fact-value");
        fact.add(l, v);
        return fact;
    }
}
