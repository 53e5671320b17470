package app.attune.web.ui.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.Account;
import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.practice.AttemptFilter;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.AttemptStatus;
import app.attune.core.practice.AttemptSummary;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.testing.Platforms;
import app.attune.grading.Skill;
import app.attune.web.server.AttuneRuntime;
import app.attune.web.testing.KaribuTest;
import app.attune.web.testing.SharedPlatform;
import app.attune.web.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The practice views without a browser: real services on the shared in-memory database. */
class PracticeViewsTest extends KaribuTest {
    static final String SCENARIO = "avoidant-ops-director";
    static final List<String> TURNS = List.of(
            "What would you like to get from our time today?",
            "How has that been for you?",
            "It sounds like that has been weighing on you more than you let on.",
            "What happens inside you when the team goes quiet?",
            "That sounds lonely. What is that like for you?",
            "What do you notice in yourself as you tell me this?");

    /** A trainee of their own for each test, so tests never see each other's attempts. */
    private static Account newTrainee() {
        String name = "pv-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = service(AccountService.class)
                .create(new NewAccount(name, "Pat " + name, null, Role.TRAINEE, "password-123", false));
        signInAs(name);
        return account;
    }

    @Test
    void a_trainee_home_links_to_practice_and_the_navigation_offers_practice_and_progress() {
        newTrainee();
        navigate("");
        assertThat(currentView()).isInstanceOf(HomeView.class);
        assertThat(_get(Component.class, spec -> spec.withId("go-practice"))).isNotNull();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Practice", "Progress");
    }

    @Test
    void program_leads_and_administrators_do_not_get_the_practice_pages() {
        for (String who : List.of("lead", "admin")) {
            signInAs(who);
            navigate("practice");
            assertThat(currentView()).as(who).isNotInstanceOf(PracticeHomeView.class);
            assertThat(_find(SideNavItem.class))
                    .extracting(SideNavItem::getLabel)
                    .doesNotContain("Practice");
        }
    }

    @Test
    void a_facilitator_tries_a_scenario_as_a_trainee_would_and_reads_their_own_report() {
        signInAs("facilitator");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Practice", "Cohorts");
        navigate("practice");
        assertThat(_find(Div.class, spec -> spec.withId("assigned")))
                .as("nothing is assigned to a facilitator")
                .isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("free-" + SCENARIO))).hasSize(1);
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        send(TURNS.get(0));
        _click(_get(Button.class, spec -> spec.withId("end-conversation")));
        _click(_get(Button.class, spec -> spec.withId("confirm-end")));
        assertThat(currentView()).isInstanceOf(FeedbackReportView.class);
        assertThat(_find(Div.class, spec -> spec.withId("skill-" + Skill.OPEN_INQUIRY.id())))
                .hasSize(1);
    }

    @Test
    void the_practice_page_offers_every_scenario_for_free_practice_and_puts_unfinished_ones_first() {
        Account me = newTrainee();
        navigate("practice");
        assertThat(currentView()).isInstanceOf(PracticeHomeView.class);
        Div card = _get(Div.class, spec -> spec.withId("free-" + SCENARIO));
        assertThat(_find(card, Span.class).stream().map(Span::getText)).contains("Avoidant", "Not started");
        assertThat(_find(Div.class, spec -> spec.withId("unfinished"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("assigned")).getElement().getText())
                .isEmpty();

        service(PracticeService.class).start(me.id(), SCENARIO, PracticeOptions.NONE);
        navigate("practice");
        Div unfinished = _get(Div.class, spec -> spec.withId("unfinished-" + SCENARIO));
        Button resume = _get(unfinished, Button.class);
        assertThat(resume.getText()).isEqualTo("Resume");
        _click(resume);
        assertThat(currentView()).isInstanceOf(ConversationView.class);
        assertThat(_get(Component.class, spec -> spec.withId("transcript"))).isNotNull();
    }

    @Test
    void the_brief_comes_first_then_the_persona_opens_and_answers_each_turn_at_once() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        assertThat(_get(Div.class, spec -> spec.withId("brief")).getElement().getProperty("innerHTML"))
                .contains("Who", "The situation", "What this conversation is for");
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));

        assertThat(transcriptLines()).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("turn-count")).getText())
                .isEqualTo("0 turns");
        Button end = _get(Button.class, spec -> spec.withId("end-conversation"));
        assertThat(end.isEnabled()).isFalse();

        TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
        type(input, TURNS.get(0));
        assertThat(input.getHelperText()).startsWith(TURNS.get(0).length() + " / 1,000");
        _click(_get(Button.class, spec -> spec.withId("send-turn")));

        List<String> lines = transcriptLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("You").contains(TURNS.get(0));
        assertThat(lines.get(2)).doesNotStartWith("You");
        assertThat(input.getValue()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("turn-count")).getText())
                .isEqualTo("1 turn");
        assertThat(end.isEnabled()).isTrue();
        // the reply shown is the one stored
        ConversationView view = (ConversationView) currentView();
        LiveAttempt stored =
                service(PracticeService.class).open(me(), view.attempt().orElseThrow());
        assertThat(lines.get(2)).contains(stored.turns().getFirst().reply().text());
        // a screen reader hears the new reply once, from the live region
        assertThat(_get(Span.class, spec -> spec.withId("reply-announcer")).getText())
                .endsWith(": " + stored.turns().getFirst().reply().text());
    }

    @Test
    void what_a_trainee_types_is_shown_as_text_never_as_markup() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        send("What is <b>really</b> going on & how does it feel?");
        String html =
                _get(Div.class, spec -> spec.withId("transcript")).getElement().getProperty("innerHTML", "");
        assertThat(html).contains("What is &lt;b&gt;really&lt;/b&gt; going on &amp; how does it feel?");
        assertThat(html).doesNotContain("<b>");
    }

    @Test
    void enter_sends_the_turn_with_the_text_in_the_box() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
        pressEnter(input, TURNS.get(1));
        assertThat(transcriptLines()).hasSize(3);
        assertThat(transcriptLines().get(1)).contains(TURNS.get(1));
        assertThat(input.getValue()).isEmpty();
    }

    @Test
    void an_empty_or_too_long_turn_gets_a_clear_message_and_nothing_typed_is_lost() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
        Button send = _get(Button.class, spec -> spec.withId("send-turn"));

        type(input, "   ");
        _click(send);
        assertThat(message()).contains("empty turn cannot be sent");
        assertThat(transcriptLines()).hasSize(1);

        String tooLong = "How are you? ".repeat(100);
        type(input, tooLong);
        assertThat(input.isInvalid()).isTrue();
        assertThat(input.getHelperText()).contains("too long");
        _click(send);
        assertThat(message()).contains("the limit is 1,000");
        assertThat(input.getValue()).isEqualTo(tooLong);
        assertThat(transcriptLines()).hasSize(1);
    }

    @Test
    void a_reload_mid_conversation_shows_the_same_conversation_and_it_carries_on() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        for (int i = 0; i < 3; i++) {
            send(TURNS.get(i));
        }
        List<String> before = transcriptLines();
        UI.getCurrent().getPage().reload();
        assertThat(transcriptLines()).isEqualTo(before);
        assertThat(_get(Span.class, spec -> spec.withId("turn-count")).getText())
                .isEqualTo("3 turns");
        send(TURNS.get(3));
        assertThat(transcriptLines()).hasSize(9);
    }

    @Test
    void a_second_tab_that_fell_behind_is_told_follows_the_first_and_keeps_its_text() {
        Account me = newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        send(TURNS.get(0));
        ConversationView view = (ConversationView) currentView();
        // the other tab sends turn 2 meanwhile
        service(PracticeService.class).takeTurn(me.id(), view.attempt().orElseThrow(), 1, TURNS.get(1));

        TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
        type(input, TURNS.get(2));
        _click(_get(Button.class, spec -> spec.withId("send-turn")));
        assertThat(message()).contains("another tab").contains("your text is still in the box");
        assertThat(input.getValue()).isEqualTo(TURNS.get(2));
        assertThat(transcriptLines()).hasSize(5);
        assertThat(transcriptLines().get(3)).contains(TURNS.get(1));
        // sending again now goes through
        _click(_get(Button.class, spec -> spec.withId("send-turn")));
        assertThat(transcriptLines()).hasSize(7);
        assertThat(_get(Span.class, spec -> spec.withId("turn-count")).getText())
                .isEqualTo("3 turns");
    }

    @Test
    void ending_the_conversation_opens_the_report_with_all_seven_skills_and_every_turn_annotated() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        send(TURNS.get(0));
        send("You should just tell them what to do.");
        send(TURNS.get(1));
        _click(_get(Button.class, spec -> spec.withId("end-conversation")));
        assertThat(currentView())
                .as("ending asks first and stays on the conversation")
                .isInstanceOf(ConversationView.class);
        _click(_get(Button.class, spec -> spec.withId("cancel-end")));
        assertThat(currentView()).isInstanceOf(ConversationView.class);
        _click(_get(Button.class, spec -> spec.withId("end-conversation")));
        _click(_get(Button.class, spec -> spec.withId("confirm-end")));

        assertThat(currentView()).isInstanceOf(FeedbackReportView.class);
        for (Skill skill : Skill.values()) {
            Div card = _get(Div.class, spec -> spec.withId("skill-" + skill.id()));
            String text = card.getElement().getTextRecursively();
            assertThat(text).contains(skill.title());
            assertThat(card.getClassNames()).anyMatch(c -> c.startsWith("level-") || c.equals("not-counted"));
        }
        assertThat(_get(Div.class, spec -> spec.withId("skill-" + Skill.RESTRAINT.id()))
                        .getClassNames())
                .as("the push counts against restraint")
                .anyMatch(c -> c.startsWith("level-"));
        assertThat(_find(
                        _get(Div.class, spec -> spec.withId("skill-" + Skill.RESTRAINT.id())),
                        com.vaadin.flow.component.html.Anchor.class))
                .as("the turns behind a skill link to those turns")
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .contains("#turn-2");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overall-how")).getText())
                .contains("emotive inquiry 20")
                .contains("depth reached 10");
        assertThat(_get(Div.class, spec -> spec.withId("overall-score"))
                        .getElement()
                        .getTextRecursively())
                .matches("\\d+overall, out of 100");
        for (int turn = 1; turn <= 3; turn++) {
            int n = turn;
            Div annotated = _get(Div.class, spec -> spec.withId("turn-" + n));
            assertThat(annotated.getElement().getTextRecursively()).contains("What it did:");
            assertThat(_find(annotated, Span.class, spec -> spec.withClasses("code-chip")))
                    .isNotEmpty();
        }
        Div pushed = _get(Div.class, spec -> spec.withId("turn-2"));
        assertThat(pushed.getClassNames()).contains("stance-push");
        assertThat(_find(pushed, Div.class, spec -> spec.withClasses("try-instead")))
                .isNotEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("resistance"))
                        .getElement()
                        .getTextRecursively())
                .contains("Moments of resistance");
        assertThat(_get(Button.class, spec -> spec.withId("print-report"))).isNotNull();
    }

    @Test
    void the_persona_closing_the_conversation_offers_the_report() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        List<String> pushes = List.of(
                "You should just tell them what to do.",
                "That's an excuse, you're being defensive.",
                "Why don't you delegate more and stop complaining?",
                "You need to stop overthinking it and act.");
        for (int i = 0;
                i < 12
                        && _find(Button.class, spec -> spec.withId("see-feedback"))
                                .isEmpty();
                i++) {
            send(pushes.get(i % pushes.size()));
        }
        Div closed = _get(Div.class, spec -> spec.withId("conversation-closed"));
        assertThat(closed.isVisible()).isTrue();
        assertThat(_find(Div.class, spec -> spec.withClasses("conversation-composer")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("see-feedback")));
        assertThat(currentView()).isInstanceOf(FeedbackReportView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("report-skill"))).hasSize(7);
    }

    @Test
    void hints_and_guided_mode_can_be_switched_on_in_free_practice() {
        newTrainee();
        navigate("practice/" + SCENARIO);
        type(_get(Checkbox.class, spec -> spec.withId("toggle-hints")), true);
        _click(_get(Button.class, spec -> spec.withId("start-conversation")));
        Div hint = _get(Div.class, spec -> spec.withId("hint"));
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getElement().getTextRecursively()).startsWith("Hint");
        assertThat(_find(Div.class, spec -> spec.withId("candidates"))).isEmpty();

        type(_get(Checkbox.class, spec -> spec.withId("toggle-guided")), true);
        assertThat(_get(Div.class, spec -> spec.withId("candidates")).isVisible())
                .isTrue();
        Button exploring = _get(Button.class, spec -> spec.withId("candidate-exploring"));
        _get(Button.class, spec -> spec.withId("candidate-closed"));
        _get(Button.class, spec -> spec.withId("candidate-pushing"));
        _click(exploring);
        TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
        assertThat(input.getValue()).isEqualTo(exploring.getText());
        _click(_get(Button.class, spec -> spec.withId("send-turn")));
        assertThat(transcriptLines()).hasSize(3);
        assertThat(_get(Button.class, spec -> spec.withId("candidate-exploring"))
                        .getText())
                .isNotBlank();
    }

    @Test
    void someone_elses_attempt_cannot_be_opened_by_its_address() {
        Account owner = newTrainee();
        LiveAttempt theirs = service(PracticeService.class).start(owner.id(), SCENARIO, PracticeOptions.NONE);
        service(PracticeService.class).takeTurn(owner.id(), theirs.id(), 0, TURNS.get(0));
        service(PracticeService.class).end(owner.id(), theirs.id());

        navigate("attempts/" + theirs.id().value());
        assertThat(_find(Div.class, spec -> spec.withClasses("report-skill"))).hasSize(7);

        newTrainee();
        navigate("attempts/" + theirs.id().value());
        assertThat(_get(H1.class, spec -> spec.withId("attempt-not-found")).getText())
                .isEqualTo("Attempt not found");
        assertThat(_find(Div.class, spec -> spec.withClasses("report-skill"))).isEmpty();
        navigate("attempts/not-a-number");
        assertThat(_find(H1.class, spec -> spec.withId("attempt-not-found"))).hasSize(1);
    }

    @Test
    void the_report_of_an_attempt_still_going_offers_to_resume() {
        Account me = newTrainee();
        LiveAttempt live = service(PracticeService.class).start(me.id(), SCENARIO, PracticeOptions.NONE);
        navigate("attempts/" + live.id().value());
        assertThat(_find(H1.class, spec -> spec.withId("attempt-in-progress"))).hasSize(1);
    }

    @Test
    void progress_shows_a_chart_per_skill_and_the_attempts_with_filters_and_delete() {
        Account me = newTrainee();
        PracticeService practice = service(PracticeService.class);
        navigate("progress");
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-progress"))).hasSize(1);

        AttemptId done = finished(me, SCENARIO, 3);
        finished(me, "secure-startup-cto", 2);
        practice.start(me.id(), "anxious-team-lead", PracticeOptions.NONE);
        navigate("progress");
        for (Skill skill : Skill.values()) {
            Div chart = _get(Div.class, spec -> spec.withId("chart-" + skill.id()));
            Element canvas = chart.getElement().getChild(1).getChild(0);
            assertThat(canvas.getTag()).isEqualTo("canvas");
            assertThat(canvas.getAttribute("aria-label")).contains("over 2 attempts");
        }
        @SuppressWarnings("unchecked")
        Grid<AttemptSummary> grid = _get(Grid.class, spec -> spec.withId("attempts-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);

        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, spec -> spec.withId("filter-status"));
        type(status, AttemptStatus.COMPLETED.name());
        assertThat(GridKt._size(grid)).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Select<String> scenario = _get(Select.class, spec -> spec.withId("filter-scenario"));
        type(scenario, SCENARIO);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).id()).isEqualTo(done);

        Component actions = GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Delete")));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete")));
        assertThat(practice.attempts(me.id(), AttemptFilter.ALL)).hasSize(2);
        assertThat(_find(Component.class, spec -> spec.withId("export-json"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("export-csv"))).hasSize(1);
    }

    @Test
    void a_database_that_does_not_answer_gets_a_clear_message_and_the_text_stays() throws Exception {
        AttunePlatform shared = SharedPlatform.get();
        try (AttunePlatform broken = Platforms.start(shared.settings())) {
            AttuneRuntime.install(broken);
            MockVaadin.tearDown();
            MockVaadin.setup(new Routes().autoDiscoverViews("app.attune.web"));
            newTrainee();
            navigate("practice/" + SCENARIO);
            _click(_get(Button.class, spec -> spec.withId("start-conversation")));
            DataSource ds =
                    DelegatingDataSource.unwrapDataSource(broken.context().getBean(DataSource.class));
            ((HikariDataSource) ds).close();

            TextArea input = _get(TextArea.class, spec -> spec.withId("turn-input"));
            type(input, TURNS.get(0));
            _click(_get(Button.class, spec -> spec.withId("send-turn")));
            assertThat(message()).contains("cannot reach its database").contains("Your text is still here");
            assertThat(input.getValue()).isEqualTo(TURNS.get(0));
            assertThat(transcriptLines()).hasSize(1);
        } finally {
            AttuneRuntime.install(shared);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private AttemptId finished(Account me, String scenario, int turns) {
        PracticeService practice = service(PracticeService.class);
        LiveAttempt live = practice.start(me.id(), scenario, PracticeOptions.NONE);
        for (int i = 0; i < turns; i++) {
            practice.takeTurn(me.id(), live.id(), i, TURNS.get(i));
        }
        return practice.end(me.id(), live.id());
    }

    private static app.attune.core.account.UserId me() {
        return app.attune.web.security.CurrentUser.require().userId();
    }

    /** Sets a field as the browser would sync it (Karibu's _setValue does not run on Vaadin 25). */
    private static <V> void type(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    private static void send(String text) {
        type(_get(TextArea.class, spec -> spec.withId("turn-input")), text);
        _click(_get(Button.class, spec -> spec.withId("send-turn")));
    }

    /** Enter as the browser sends it: the box's value with the event, the filter matched. */
    private static void pressEnter(TextArea input, String value) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("element.value", value);
        data.put(ConversationView.ENTER, true);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(
                input.getElement(), new DomEvent(input.getElement(), "keydown", data));
    }

    /** The transcript as text, one entry per line said ("You ..." for the trainee). */
    private static List<String> transcriptLines() {
        Div transcript = _get(Div.class, spec -> spec.withId("transcript"));
        String html = transcript.getElement().getProperty("innerHTML", "");
        return java.util.Arrays.stream(html.split("<div class=\"turn "))
                .filter(part -> !part.isBlank())
                .map(part -> ("<x " + part)
                        .replaceAll("<[^>]+>", " ")
                        .replaceAll("\\s+", " ")
                        .replace("&#39;", "'")
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&")
                        .strip())
                .toList();
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("turn-message")).getText();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
