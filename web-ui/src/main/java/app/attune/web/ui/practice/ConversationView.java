package app.attune.web.ui.practice;

import app.attune.core.account.UserId;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.EndedBy;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PersonaUtterance;
import app.attune.core.practice.PracticeCard;
import app.attune.core.practice.PracticeException;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.practice.PracticeStart;
import app.attune.core.practice.ScenarioBrief;
import app.attune.core.practice.TurnGuidance;
import app.attune.core.practice.TurnRecord;
import app.attune.core.practice.TurnResult;
import app.attune.grading.feedback.CandidateTurn;
import app.attune.web.security.CurrentUser;
import app.attune.web.security.Roles;
import app.attune.web.ui.Confirm;
import app.attune.web.ui.Plural;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * One scenario: the brief, then the conversation with its persona. The persona answers at once; each
 * turn is stored before its reply appears, so a reload (or a restart) shows the same conversation
 * and the trainee carries on. Enter sends, Shift+Enter starts a new line; an empty or over-long turn
 * gets a message and the text stays in the box, as it does when the database does not answer.
 */
@Route("practice/:scenarioId")
// facilitators try scenarios the way their trainees meet them; their attempts are theirs alone and,
// as they belong to no cohort, never reach a progress board or the insights
@RolesAllowed({Roles.TRAINEE, Roles.FACILITATOR})
@Prototype
public class ConversationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ENTER = "event.key === 'Enter' && !event.shiftKey && !event.isComposing";
    private static final java.time.format.DateTimeFormatter DUE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final transient PracticeService practice;
    private final UserId me;

    private String title = "Practice";
    private String scenarioId;
    private AttemptId attempt;
    private int turnCount;
    private String personaName = "The client";
    private boolean finished;
    private boolean showingOptions;

    private final Div transcript = new Div();
    private final Span announcer = new Span();
    private final Span turnCounter = new Span();
    private final TextArea input = new TextArea("Your turn");
    private final Button send = new Button("Send");
    private final Button end = new Button("End conversation");
    private final Paragraph message = new Paragraph();
    private final Div hint = new Div();
    private final Div candidates = new Div();
    private final Div composer = new Div();
    private final Div closed = new Div();
    private final Checkbox hints = new Checkbox("Show hints");
    private final Checkbox guided = new Checkbox("Guided mode: offer three turns to pick from");

    public ConversationView(PracticeService practice) {
        this.practice = practice;
        this.me = CurrentUser.require().userId();
        addClassName("attune-page");
        addClassName("conversation-page");
        setSpacing(false);
        hints.setId("toggle-hints");
        guided.setId("toggle-guided");
        hints.addValueChangeListener(e -> changeOptions());
        guided.addValueChangeListener(e -> changeOptions());
        input.setId("turn-input");
        input.setWidthFull();
        input.setMinRows(2);
        input.setMaxRows(8);
        input.setValueChangeMode(ValueChangeMode.LAZY);
        input.setValueChangeTimeout(250);
        input.addValueChangeListener(e -> updateCounter(e.getValue()));
        input.getElement()
                .addEventListener("keydown", e -> {
                    String typed = e.getEventData().get("element.value").asString();
                    if (!typed.equals(input.getValue())) {
                        input.setValue(typed);
                    }
                    send();
                })
                .addEventData("element.value")
                .addEventData("(" + ENTER + ") && event.preventDefault()")
                .setFilter(ENTER);
        send.setId("send-turn");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        end.setId("end-conversation");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClickListener(e -> confirmEnd());
        message.setId("turn-message");
        message.getElement().setAttribute("role", "status");
        message.addClassName("conversation-message");
    }

    static RouteParameters parameters(String scenarioId) {
        return new RouteParameters("scenarioId", scenarioId);
    }

    @Override
    public String getPageTitle() {
        return title + " · Attune";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scenarioId = event.getRouteParameters().get("scenarioId").orElse("");
        removeAll();
        attempt = null;
        turnCount = 0;
        finished = false;
        input.clear();
        say("", false);
        try {
            Optional<LiveAttempt> open = practice.unfinished(me, scenarioId);
            if (open.isPresent()) {
                showConversation(open.get());
            } else {
                showBrief(practice.beforeStart(me, scenarioId));
            }
        } catch (PracticeException.ScenarioNotFound e) {
            title = "Scenario not found";
            H1 heading = new H1("Scenario not found");
            heading.setId("scenario-not-found");
            add(heading, new Paragraph(e.getMessage()), new Anchor("practice", "Back to practice"));
        } catch (PracticeException e) {
            add(new H1("Practice"), problem(e.getMessage()), new Anchor("practice", "Back to practice"));
        }
    }

    // ---- before the conversation: the brief -----------------------------------------------------

    private void showBrief(PracticeStart before) {
        ScenarioBrief brief = before.brief();
        header(brief);
        Details details = briefDetails(brief);
        details.setOpened(true);
        add(details);

        Button start = new Button("Start the conversation", e -> start());
        start.setId("start-conversation");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("conversation-start");
        if (before.assignment().isPresent()) {
            add(assignmentTerms(before.assignment().get()));
        } else {
            Div options = new Div();
            options.addClassName("conversation-options");
            options.add(hints, guided);
            Paragraph note = new Paragraph("Hints react to your last turn. Guided mode offers three turns to"
                    + " choose from (one of them is the one to pick); you can always write your own.");
            note.addClassName("attune-muted");
            add(options, note);
        }
        add(start, message);
        if (!before.canStart()) {
            start.setEnabled(false);
            say(
                    "You have used every attempt your facilitator set for this scenario. If you would like another"
                            + " go, ask your facilitator.",
                    true);
        }
    }

    /** What the facilitator set for this assigned scenario, shown before the trainee starts. */
    private static Div assignmentTerms(PracticeCard card) {
        Div terms = new Div();
        terms.setId("assignment-terms");
        terms.addClassName("conversation-assignment");
        terms.add(new H3("Assigned by your facilitator"));
        StringBuilder facts = new StringBuilder();
        card.due().ifPresent(d -> facts.append("Due ").append(DUE.format(d)).append(" · "));
        card.passThreshold().ifPresent(p -> facts.append("pass mark ").append(p).append(" · "));
        facts.append(
                card.attemptsLeft().isPresent()
                        ? card.attemptsLeft().getAsInt() + " of your attempts left"
                        : "as many attempts as you like");
        facts.append(" · help: ").append(PracticeHomeView.aids(card.aids()).toLowerCase(Locale.ROOT));
        terms.add(new Paragraph(facts.toString()));
        if (!card.difficultyNote().isBlank()) {
            Paragraph note = new Paragraph("Note: " + card.difficultyNote());
            note.addClassName("practice-note");
            terms.add(note);
        }
        return terms;
    }

    private void start() {
        try {
            LiveAttempt live = practice.start(me, scenarioId, new PracticeOptions(hints.getValue(), guided.getValue()));
            removeAll();
            showConversation(live);
            input.focus();
        } catch (PracticeException e) {
            say(e.getMessage(), true);
        }
    }

    private void header(ScenarioBrief brief) {
        title = brief.title();
        personaName = firstName(brief.personaName());
        H1 heading = new H1(brief.title());
        heading.setId("scenario-title");
        StringBuilder meta = new StringBuilder();
        brief.style().ifPresent(s -> meta.append(Words.style(s)).append(" · "));
        meta.append(Words.difficulty(brief.difficulty())).append(" · ").append(Words.setting(brief.setting()));
        Paragraph line = new Paragraph(meta.toString());
        line.addClassName("attune-muted");
        line.setId("scenario-meta");
        add(heading, line);
    }

    /** The brief as one element of markup: it never changes, so it needs no server-side components. */
    private static Details briefDetails(ScenarioBrief brief) {
        Div body = new Div();
        body.setId("brief");
        body.addClassName("conversation-brief");
        body.getElement()
                .setProperty(
                        "innerHTML",
                        "<h3>Who</h3><p>"
                                + Html.escape(
                                        brief.personaName() + ", " + brief.personaRole() + ". " + brief.personaBio())
                                + "</p><h3>The situation</h3><p>" + Html.escape(brief.brief())
                                + "</p><h3>What this conversation is for</h3><p>" + Html.escape(brief.goal())
                                + "</p>");
        Details details = new Details("The brief", body);
        details.addClassName("conversation-brief-details");
        return details;
    }

    // ---- the conversation -------------------------------------------------------------------------

    private void showConversation(LiveAttempt live) {
        attempt = live.id();
        header(live.scenario());
        add(briefDetails(live.scenario()));

        H2 heading = new H2("Conversation with " + live.scenario().personaName());
        turnCounter.setId("turn-count");
        turnCounter.addClassName("conversation-turns");
        Div top = new Div(heading, turnCounter);
        top.addClassName("conversation-top");
        add(top);

        if (live.optionsEditable()) {
            Div options = new Div();
            options.addClassName("conversation-options");
            showingOptions = true;
            hints.setValue(live.options().hints());
            guided.setValue(live.options().guided());
            showingOptions = false;
            options.add(hints, guided);
            add(options);
        }

        transcript.setId("transcript");
        transcript.addClassName("transcript");
        transcript.getElement().setAttribute("role", "region");
        transcript.getElement().setAttribute("aria-label", "Conversation transcript");
        transcript.getElement().setAttribute("tabindex", "0");
        showTranscript(live.opening(), live.turns());
        add(transcript);
        // screen readers hear each new reply once, here, rather than the whole transcript again
        announcer.setId("reply-announcer");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(announcer);

        closed.setId("conversation-closed");
        closed.addClassName("conversation-closed");
        closed.setVisible(false);
        add(closed);

        hint.setId("hint");
        hint.addClassName("conversation-hint");
        candidates.setId("candidates");
        candidates.addClassName("conversation-candidates");
        add(hint, candidates);

        buildComposer();
        add(composer);
        keepDraft();

        turnCount = live.turnCount();
        finished = !live.inProgress();
        updateTurnCounter();
        showGuidance(live.guidance());
        if (finished) {
            showClosed(live.endedBy());
        }
        scrollToEnd();
    }

    private void buildComposer() {
        composer.removeAll();
        composer.addClassName("conversation-composer");
        composer.setVisible(true);
        input.setPlaceholder("What do you say to " + personaName + "?");
        updateCounter(input.getValue());
        Paragraph keys = new Paragraph("Enter sends · Shift+Enter starts a new line");
        keys.addClassName("attune-muted");
        keys.addClassName("conversation-keys");
        Div actions = new Div(send, keys, end);
        actions.addClassName("conversation-actions");
        composer.add(input, actions, message);
    }

    /** Sends what is in the box. Nothing typed is cleared unless the turn was stored. */
    void send() {
        if (finished || attempt == null) {
            return;
        }
        String text = input.getValue();
        Optional<String> problem = PracticeService.problemWith(text);
        if (problem.isPresent()) {
            say(problem.get(), true);
            input.setInvalid(true);
            input.focus();
            return;
        }
        try {
            TurnResult result = practice.takeTurn(me, attempt, turnCount, text);
            appendTurn(result.turn());
            turnCount = result.turn().number();
            input.clear();
            input.getElement().executeJs("sessionStorage.removeItem($0)", draftKey());
            input.setInvalid(false);
            say("", false);
            updateTurnCounter();
            showGuidance(result.guidance());
            if (result.closed()) {
                finished = true;
                showClosed(result.endedBy());
            } else {
                input.focus();
            }
            scrollToEnd();
        } catch (PracticeException.AttemptMovedOn e) {
            followOtherTab(e);
        } catch (PracticeException e) {
            say(e.getMessage(), true);
        }
    }

    /** Another tab moved the attempt on: show where it is now, keep what this tab typed. */
    private void followOtherTab(PracticeException.AttemptMovedOn moved) {
        String typed = input.getValue();
        try {
            LiveAttempt now = practice.open(me, attempt);
            showTranscript(now.opening(), now.turns());
            turnCount = now.turnCount();
            finished = !now.inProgress();
            updateTurnCounter();
            showGuidance(now.guidance());
            if (finished) {
                showClosed(now.endedBy());
            }
            input.setValue(typed);
            say(
                    moved.finished()
                            ? moved.getMessage()
                            : moved.getMessage() + " The conversation below is up to date; your text is still in"
                                    + " the box, send it again if it still fits.",
                    true);
            scrollToEnd();
        } catch (PracticeException e) {
            say(e.getMessage(), true);
        }
    }

    /** Ending cannot be undone and may use up an attempt, so it is asked once. */
    private void confirmEnd() {
        if (attempt == null) {
            return;
        }
        Confirm.ask("end", "End the conversation?")
                .explain("You will see your feedback report. The conversation cannot be continued after it ends"
                        + (turnCount == 0 ? ", and with no turns there is little to give feedback on." : "."))
                .yes("End and see feedback")
                .no("Keep talking")
                .then(this::endConversation);
    }

    private void endConversation() {
        if (attempt == null) {
            return;
        }
        try {
            AttemptId id = practice.end(me, attempt);
            getUI().ifPresent(ui -> ui.navigate(FeedbackReportView.class, FeedbackReportView.parameters(id)));
        } catch (PracticeException e) {
            say(e.getMessage(), true);
        }
    }

    private void changeOptions() {
        if (attempt == null || showingOptions || finished) {
            return; // before the start the boxes are just read by start()
        }
        try {
            showGuidance(practice.changeOptions(me, attempt, new PracticeOptions(hints.getValue(), guided.getValue())));
        } catch (PracticeException e) {
            say(e.getMessage(), true);
        }
    }

    private void showGuidance(TurnGuidance guidance) {
        hint.removeAll();
        candidates.removeAll();
        hint.setVisible(guidance.hint().isPresent() && !finished);
        guidance.hint().ifPresent(h -> {
            Span label = new Span("Hint");
            label.addClassName("conversation-hint-label");
            hint.add(label, new Span(h));
        });
        candidates.setVisible(!guidance.candidates().isEmpty() && !finished);
        if (!guidance.candidates().isEmpty()) {
            Paragraph intro = new Paragraph("Pick a turn to put it in the box, or write your own:");
            intro.addClassName("attune-muted");
            candidates.add(intro);
            for (CandidateTurn c : guidance.candidates()) {
                Button pick = new Button(c.text(), e -> {
                    input.setValue(c.text());
                    input.setInvalid(false);
                    input.focus();
                });
                pick.setId("candidate-" + c.kind().id());
                pick.addClassName("conversation-candidate");
                pick.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
                candidates.add(pick);
            }
        }
    }

    private void showClosed(Optional<EndedBy> endedBy) {
        finished = true;
        composer.setVisible(false);
        hint.setVisible(false);
        candidates.setVisible(false);
        closed.removeAll();
        String how =
                switch (endedBy.orElse(EndedBy.TRAINEE)) {
                    case PERSONA_WARM -> personaName + " closed the conversation warmly.";
                    case PERSONA_CURT -> personaName + " closed the conversation.";
                    case TRAINEE -> "The conversation has ended.";
                };
        Paragraph text = new Paragraph(how + " Your feedback report is ready.");
        Button report = new Button("See your feedback", e -> getUI().ifPresent(
                        ui -> ui.navigate(FeedbackReportView.class, FeedbackReportView.parameters(attempt))));
        report.setId("see-feedback");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        closed.add(text, report);
        closed.setVisible(true);
    }

    /**
     * The transcript is one element whose markup is the whole conversation: a page holds one string
     * rather than two server-side elements per turn (about 4 KB each), which keeps an open
     * conversation page small on the server (see docs/practice.md for the figures).
     */
    private void showTranscript(PersonaUtterance opening, java.util.List<TurnRecord> turns) {
        StringBuilder html = new StringBuilder(personaEntry(opening));
        for (TurnRecord t : turns) {
            html.append(traineeEntry(t.traineeText())).append(personaEntry(t.reply()));
        }
        transcript.getElement().setProperty("innerHTML", html.toString());
    }

    private void appendTurn(TurnRecord t) {
        String html = transcript.getElement().getProperty("innerHTML", "");
        transcript
                .getElement()
                .setProperty("innerHTML", html + traineeEntry(t.traineeText()) + personaEntry(t.reply()));
        String cue = t.reply().cue().isBlank() ? "" : " (" + t.reply().cue() + ")";
        announcer.setText(personaName + cue + ": " + t.reply().text());
    }

    private String personaEntry(PersonaUtterance line) {
        String cue = line.cue().isBlank() ? "" : " <span class=\"turn-cue\">" + Html.escape(line.cue()) + "</span>";
        return "<div class=\"turn turn-persona\"><span class=\"turn-speaker\">" + Html.escape(personaName) + "</span>"
                + cue + "<p class=\"turn-text\">" + Html.escape(line.text()) + "</p></div>";
    }

    private static String traineeEntry(String text) {
        return "<div class=\"turn turn-trainee\"><span class=\"turn-speaker\">You</span><p class=\"turn-text\">"
                + Html.escape(text) + "</p></div>";
    }

    private void updateTurnCounter() {
        turnCounter.setText(Plural.of(turnCount, "turn"));
        end.setEnabled(turnCount > 0 && !finished);
        end.getElement()
                .setAttribute(
                        "title", turnCount > 0 ? "End the conversation and see your feedback" : "Say something first");
    }

    private void updateCounter(String value) {
        String v = value == null ? "" : value.strip();
        int length = v.codePointCount(0, v.length());
        boolean over = length > PracticeService.MAX_TURN_LENGTH;
        input.setHelperText(String.format(
                Locale.ROOT,
                "%,d / %,d characters%s",
                length,
                PracticeService.MAX_TURN_LENGTH,
                over ? " (too long: shorten it to send)" : ""));
        input.setInvalid(over);
        if (over) {
            input.setErrorMessage("Too long by " + (length - PracticeService.MAX_TURN_LENGTH) + " characters.");
        }
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.getElement().getClassList().set("conversation-message-problem", problem);
    }

    /**
     * Text typed but not sent survives a reload: the browser keeps it in this tab's session storage
     * (never on the server, since it is not a turn yet) until the turn is sent.
     */
    private void keepDraft() {
        input.getElement()
                .executeJs(
                        "const key = $0; const field = this;"
                                + " const saved = sessionStorage.getItem(key);"
                                + " if (saved && !field.value) { field.value = saved; }"
                                + " if (!field.__attuneDraft) { field.__attuneDraft = true;"
                                + " field.addEventListener('input', () => sessionStorage.setItem(key, field.value)); }",
                        draftKey());
    }

    private String draftKey() {
        return "attune-draft-" + attempt.value();
    }

    private void scrollToEnd() {
        // after layout: on a reload the transcript is filled in the same round trip and has no height yet
        transcript
                .getElement()
                .executeJs("const el = this; requestAnimationFrame(() => el.scrollTop = el.scrollHeight)");
    }

    private static Paragraph problem(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("turn-message");
        p.addClassName("attune-problem");
        return p;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    // ---- for tests ----------------------------------------------------------------------------------

    Optional<AttemptId> attempt() {
        return Optional.ofNullable(attempt);
    }

    int turnCount() {
        return turnCount;
    }
}
