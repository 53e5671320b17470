package app.attune.web.ui.cohort;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.assignment.Assignment;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.assignment.ScenarioChoice;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.CohortSummary;
import app.attune.core.cohort.Member;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.web.testing.KaribuTest;
import app.attune.web.ui.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CohortViewsTest extends KaribuTest {

    private long createCohort(String name) {
        signInAs("facilitator");
        navigate("cohorts");
        _get(TextField.class, s -> s.withId("new-cohort-name")).setValue(name);
        ButtonKt._click(_get(Button.class, s -> s.withId("create-cohort")));
        assertThat(_get(CohortsView.class).message()).isEqualTo("Created " + name + ".");
        @SuppressWarnings("unchecked")
        Grid<CohortSummary> grid = _get(Grid.class, s -> s.withId("cohorts-grid"));
        return GridKt._findAll(grid).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
    }

    @Test
    void a_csv_with_a_bad_row_shows_the_line_and_imports_nothing_until_fixed() {
        long id = createCohort("Karibu import " + System.nanoTime());
        navigate("cohorts/" + id);
        CohortView view = _get(CohortView.class);
        _get(TextArea.class, s -> s.withId("csv-text"))
                .setValue("name,email\nKim Ok,kim.ok." + id + "@example.org\nNo Mail,\n");
        ButtonKt._click(_get(Button.class, s -> s.withId("csv-preview")));
        assertThat(view.problemLines()).containsExactly("line 3: missing email");
        assertThat(_get(Button.class, s -> s.withId("import-all")).isEnabled()).isFalse();
        assertThat(_get(Button.class, s -> s.withId("import-good")).isEnabled()).isTrue();

        _get(TextArea.class, s -> s.withId("csv-text"))
                .setValue("name,email\nKim Ok,kim.ok." + id + "@example.org\nNo Mail,no.mail." + id + "@example.org\n");
        ButtonKt._click(_get(Button.class, s -> s.withId("csv-preview")));
        assertThat(view.problemLines()).isEmpty();
        ButtonKt._click(_get(Button.class, s -> s.withId("import-all")));
        assertThat(view.message()).startsWith("2 enrolled, 2 new account(s)");
        @SuppressWarnings("unchecked")
        Grid<Member> members = _get(Grid.class, s -> s.withId("members-grid"));
        assertThat(GridKt._size(members)).isEqualTo(2);
        assertThat(_get(Grid.class, s -> s.withId("created-accounts")).isVisible())
                .isTrue();
    }

    @Test
    void a_scenario_is_assigned_with_its_terms() {
        long id = createCohort("Karibu assign " + System.nanoTime());
        navigate("cohorts/" + id);
        @SuppressWarnings("unchecked")
        ComboBox<ScenarioChoice> scenario = _get(ComboBox.class, s -> s.withId("assign-scenario"));
        ScenarioChoice first = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(scenario)
                .getFirst();
        scenario.setValue(first);
        ButtonKt._click(_get(Button.class, s -> s.withId("assign-scenario-button")));
        assertThat(_get(CohortView.class).message()).isEqualTo("Assigned " + first.title() + ".");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("assignments-grid"))))
                .isEqualTo(1);
    }

    @Test
    void the_progress_board_follows_a_trainee_from_not_started_to_finished_and_lists_the_attempt() {
        long id = createCohort("Karibu board " + System.nanoTime());
        AccountService accounts = service(AccountService.class);
        UserId facilitator =
                accounts.findByUsername("facilitator").orElseThrow().id();
        CohortId cohort = new CohortId(id);
        String email = "board." + id + "@example.org";
        service(CohortService.class).enrol(facilitator, cohort, "Bo Ardley", email);
        UserId trainee = accounts.findByUsername(email).orElseThrow().id();
        ScenarioChoice scenario =
                service(AssignmentService.class).scenarioChoices().getFirst();
        Assignment assignment = service(AssignmentService.class)
                .assign(
                        facilitator,
                        cohort,
                        scenario.id(),
                        new AssignmentTerms(Optional.empty(), "", 0, OptionalInt.empty(), false, false, false),
                        List.of());

        navigate("cohorts/" + id);
        ProgressBoard board = _get(CohortView.class).board();
        assertThat(board.cellFor("Bo Ardley", assignment.id())).isEqualTo("Not started");
        assertThat(board.summary()).startsWith("1 trainee(s), 1 assignment(s): 0 passed");
        assertThat(_get(Span.class, s -> s.withId("review-empty")).isVisible()).isTrue();

        PracticeService practice = service(PracticeService.class);
        LiveAttempt live = practice.start(trainee, scenario.id(), PracticeOptions.NONE);
        practice.takeTurn(trainee, live.id(), 0, "What has this week been like for you?");
        navigate("cohorts/" + id);
        assertThat(_get(CohortView.class).board().cellFor("Bo Ardley", assignment.id()))
                .isEqualTo("In progress · 1 attempt");
        AttemptId ended = practice.end(trainee, live.id());
        navigate("cohorts/" + id);
        // a pass threshold of 0 means any finished attempt passes
        assertThat(_get(CohortView.class).board().cellFor("Bo Ardley", assignment.id()))
                .startsWith("Passed · ");
        assertThat(_get(CohortView.class).board().summary()).contains("1 passed");
        assertThat(_get(CohortView.class).reviewList().links()).containsExactly("review/" + ended.value());
    }

    @Test
    void another_facilitators_cohort_shows_not_allowed() {
        long id = service(CohortService.class)
                .create(
                        service(app.attune.core.account.AccountService.class)
                                .findByUsername("admin")
                                .orElseThrow()
                                .id(),
                        "Admin's own " + System.nanoTime())
                .id()
                .value();
        signInAs("facilitator");
        navigate("cohorts/" + id);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void trainees_cannot_open_cohorts() {
        signInAs("trainee");
        navigate("cohorts");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(AccessDeniedView.class);
    }
}
