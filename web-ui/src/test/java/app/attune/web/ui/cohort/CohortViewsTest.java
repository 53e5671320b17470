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
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
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
        assertThat(view.importMessage()).startsWith("2 trainees enrolled, 2 new accounts");
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
        assertThat(_get(CohortView.class).assignMessage()).isEqualTo("Assigned " + first.title() + ".");
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
        assertThat(board.summary())
                .isEqualTo("1 trainee, 1 assignment: 0 passed, 0 not passed yet, 0 past due, nobody stalled.");
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
        assertThat(_get(CohortView.class).reviewList().statuses())
                .as("the attempt's own status, in the words the trainee's pages use")
                .containsExactly("Completed");
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

    // ---- the cohort's own address, archive ------------------------------------------------------

    @Test
    void opening_a_cohort_from_the_list_goes_to_its_own_address_with_a_link_back() {
        long id = createCohort("Karibu address " + System.nanoTime());
        @SuppressWarnings("unchecked")
        Grid<CohortSummary> grid = _get(Grid.class, s -> s.withId("cohorts-grid"));
        int row =
                GridKt._findAll(grid).stream().map(c -> c.id().value()).toList().indexOf(id);
        GridKt._clickItem(grid, row, 0, false, false, false, false);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("cohorts/" + id);
        assertThat(_get(RouterLink.class, s -> s.withId("back-to-cohorts")).getHref())
                .isEqualTo("cohorts");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("back-to-cohorts")));
        assertThat(_get(CohortsView.class)).isNotNull();
    }

    @Test
    void archiving_asks_first_then_the_page_is_read_only_with_a_banner_until_unarchived() {
        long id = createCohort("Karibu archive " + System.nanoTime());
        navigate("cohorts/" + id);
        ButtonKt._click(_get(Button.class, s -> s.withId("archive-cohort")));
        ButtonKt._click(_get(Button.class, s -> s.withId("cancel-archive")));
        assertThat(visible("archived-banner")).as("cancelled: nothing changed").isFalse();

        ButtonKt._click(_get(Button.class, s -> s.withId("archive-cohort")));
        ButtonKt._click(_get(Button.class, s -> s.withId("confirm-archive")));
        assertThat(visible("archived-banner")).isTrue();
        assertThat(visible("cohort-archived-badge")).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.H1.class, s -> s.withId("cohort-name"))
                        .getText())
                .as("the heading stays the name")
                .startsWith("Karibu archive");
        assertThat(visible("enrol-one")).isFalse();
        assertThat(visible("assign-scenario-button")).isFalse();
        assertThat(visible("archive-cohort")).isFalse();

        ButtonKt._click(_get(Button.class, s -> s.withId("unarchive-cohort")));
        assertThat(visible("archived-banner")).isFalse();
        assertThat(visible("enrol-one")).isTrue();
        assertThat(visible("assign-scenario-button")).isTrue();
    }

    // ---- enrolment --------------------------------------------------------------------------------

    @Test
    void enrol_problems_show_at_the_field_in_a_sentence() {
        long id = createCohort("Karibu enrol " + System.nanoTime());
        navigate("cohorts/" + id);
        TextField name = _get(TextField.class, s -> s.withId("enrol-name"));
        TextField email = _get(TextField.class, s -> s.withId("enrol-email"));
        name.setValue("Nina Patel");
        email.setValue("nina.patel");
        ButtonKt._click(_get(Button.class, s -> s.withId("enrol-one")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("'nina.patel' is not an email address.");
        assertThat(_get(CohortView.class).message())
                .as("nothing at the top of the page")
                .isEmpty();

        name.clear();
        email.setValue("nina." + id + "@example.org");
        assertThat(email.isInvalid()).as("a new value clears the error").isFalse();
        ButtonKt._click(_get(Button.class, s -> s.withId("enrol-one")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the trainee's name.");
    }

    @Test
    void new_accounts_show_their_one_time_passwords_once_under_a_heading_with_lines_to_copy() {
        long id = createCohort("Karibu passwords " + System.nanoTime());
        navigate("cohorts/" + id);
        assertThat(visible("created-section")).isFalse();
        _get(TextField.class, s -> s.withId("enrol-name")).setValue("Nina Patel");
        _get(TextField.class, s -> s.withId("enrol-email")).setValue("nina.patel." + id + "@example.org");
        ButtonKt._click(_get(Button.class, s -> s.withId("enrol-one")));
        CohortView view = _get(CohortView.class);
        assertThat(view.enrolMessage()).isEqualTo("Enrolled Nina Patel. Their one-time password is below.");
        assertThat(visible("created-section")).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.H3.class, s -> s.withId("created-heading"))
                        .getText())
                .isEqualTo("One-time passwords");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("created-note"))
                        .getText())
                .contains("Shown only this once")
                .contains("choose a new password when they first sign in");
        Span password =
                (Span) GridKt._getCellComponent(_get(Grid.class, s -> s.withId("created-accounts")), 0, "password");
        assertThat(password.getId()).contains("password-nina.patel." + id + "@example.org");
        assertThat(password.getClassNames()).contains("attune-code");
        assertThat(view.createdLines())
                .isEqualTo("Nina Patel, nina.patel." + id + "@example.org, " + password.getText());
        assertThat(_get(Button.class, s -> s.withId("copy-passwords")).isVisible())
                .isTrue();
    }

    @Test
    void a_csv_row_naming_an_unknown_cohort_is_a_problem_with_its_line() {
        long id = createCohort("Karibu unknown " + System.nanoTime());
        navigate("cohorts/" + id);
        CohortView view = _get(CohortView.class);
        _get(TextArea.class, s -> s.withId("csv-text"))
                .setValue("name,email,cohort\nKim Ok,kim.ok." + id + "@example.org,\nLou New,lou.new." + id
                        + "@example.org,Autumn " + id + "\n");
        ButtonKt._click(_get(Button.class, s -> s.withId("csv-preview")));
        assertThat(view.problemLines())
                .containsExactly(
                        "line 3: unknown cohort 'Autumn " + id + "' — create it first or leave the column empty");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("import-summary"))
                        .getText())
                .isEqualTo("1 row ready to import, 1 row needs fixing:");
        assertThat(_get(Button.class, s -> s.withId("import-all")).isEnabled()).isFalse();
    }

    // ---- assignments ------------------------------------------------------------------------------

    @Test
    void assign_problems_show_at_the_form_not_at_the_top_of_the_page() {
        long id = createCohort("Karibu assign checks " + System.nanoTime());
        navigate("cohorts/" + id);
        CohortView view = _get(CohortView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ScenarioChoice> scenario = _get(ComboBox.class, s -> s.withId("assign-scenario"));
        ButtonKt._click(_get(Button.class, s -> s.withId("assign-scenario-button")));
        assertThat(scenario.isInvalid()).isTrue();
        assertThat(scenario.getErrorMessage()).isEqualTo("Choose a scenario to assign.");
        assertThat(view.message()).isEmpty();

        ScenarioChoice first = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(scenario)
                .getFirst();
        scenario.setValue(first);
        assertThat(scenario.isInvalid()).isFalse();
        IntegerField threshold = _get(IntegerField.class, s -> s.withId("assign-threshold"));
        threshold.setValue(150);
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("The pass mark is an overall score from 0 to 100.");
        IntegerField attempts = _get(IntegerField.class, s -> s.withId("assign-attempts"));
        attempts.setValue(0);
        assertThat(attempts.isInvalid()).isTrue();
        assertThat(attempts.getErrorMessage()).isEqualTo("Allow at least 1 attempt, or leave it empty for no limit.");
        DatePicker due = _get(DatePicker.class, s -> s.withId("assign-due"));
        due.setValue(service(AssignmentService.class).today().minusDays(1));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).startsWith("The due date is in the past");
        ButtonKt._click(_get(Button.class, s -> s.withId("assign-scenario-button")));
        assertThat(view.assignMessage()).isEqualTo("Fix the fields marked in red first.");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("assignments-grid"))))
                .isZero();

        threshold.setValue(60);
        attempts.clear();
        due.clear();
        ButtonKt._click(_get(Button.class, s -> s.withId("assign-scenario-button")));
        assertThat(view.assignMessage()).isEqualTo("Assigned " + first.title() + ".");

        scenario.setValue(first);
        ButtonKt._click(_get(Button.class, s -> s.withId("assign-scenario-button")));
        assertThat(scenario.isInvalid()).as("the same scenario twice").isTrue();
        assertThat(scenario.getErrorMessage()).contains("is already assigned to this cohort");
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("assignments-grid"))))
                .isEqualTo(1);
    }

    @Test
    void an_assignment_gets_more_time_and_attempts_and_is_removed_after_confirming() {
        long id = createCohort("Karibu change " + System.nanoTime());
        UserId facilitator = service(AccountService.class)
                .findByUsername("facilitator")
                .orElseThrow()
                .id();
        AssignmentService assignments = service(AssignmentService.class);
        ScenarioChoice scenario = assignments.scenarioChoices().getFirst();
        Assignment a = assignments.assign(
                facilitator,
                new CohortId(id),
                scenario.id(),
                new AssignmentTerms(Optional.empty(), "", 60, OptionalInt.of(1), false, false, false),
                List.of());
        navigate("cohorts/" + id);
        CohortView view = _get(CohortView.class);

        ButtonKt._click(action("change-assignment-" + a.id().value()));
        java.time.LocalDate later = assignments.today().plusDays(14);
        _get(DatePicker.class, s -> s.withId("change-due")).setValue(later);
        _get(IntegerField.class, s -> s.withId("change-attempts")).setValue(3);
        ButtonKt._click(_get(Button.class, s -> s.withId("confirm-change")));
        assertThat(view.assignmentsMessage())
                .isEqualTo("Changed " + scenario.title() + ": due " + CohortView.DAY.format(later)
                        + ", 3 attempts allowed.");
        Assignment changed = assignments.ofCohort(facilitator, new CohortId(id)).getFirst();
        assertThat(changed.terms().due()).contains(later);
        assertThat(changed.terms().attemptLimit()).hasValue(3);

        ButtonKt._click(action("remove-assignment-" + a.id().value()));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("remove-explanation"))
                        .getText())
                .contains("No attempts have been made for it yet.");
        ButtonKt._click(_get(Button.class, s -> s.withId("cancel-remove")));
        assertThat(assignments.ofCohort(facilitator, new CohortId(id))).hasSize(1);
        ButtonKt._click(action("remove-assignment-" + a.id().value()));
        ButtonKt._click(_get(Button.class, s -> s.withId("confirm-remove")));
        assertThat(view.assignmentsMessage()).isEqualTo("Removed " + scenario.title() + ".");
        assertThat(assignments.ofCohort(facilitator, new CohortId(id))).isEmpty();
    }

    @Test
    void a_finished_attempt_below_the_pass_mark_reads_not_passed_yet_on_the_board() {
        long id = createCohort("Karibu not passed " + System.nanoTime());
        AccountService accounts = service(AccountService.class);
        UserId facilitator =
                accounts.findByUsername("facilitator").orElseThrow().id();
        String email = "low." + id + "@example.org";
        service(CohortService.class).enrol(facilitator, new CohortId(id), "Lo Score", email);
        UserId trainee = accounts.findByUsername(email).orElseThrow().id();
        ScenarioChoice scenario =
                service(AssignmentService.class).scenarioChoices().getFirst();
        Assignment assignment = service(AssignmentService.class)
                .assign(
                        facilitator,
                        new CohortId(id),
                        scenario.id(),
                        new AssignmentTerms(Optional.empty(), "", 100, OptionalInt.empty(), false, false, false),
                        List.of());
        PracticeService practice = service(PracticeService.class);
        LiveAttempt live = practice.start(trainee, scenario.id(), PracticeOptions.NONE);
        practice.takeTurn(trainee, live.id(), 0, "What has this week been like for you?");
        practice.end(trainee, live.id());

        navigate("cohorts/" + id);
        ProgressBoard board = _get(CohortView.class).board();
        assertThat(board.cellFor("Lo Score", assignment.id())).matches("Not passed yet · \\d+");
        assertThat(board.summary())
                .isEqualTo("1 trainee, 1 assignment: 0 passed, 1 not passed yet, 0 past due, nobody stalled.");
    }

    /** A button in the first row's actions cell of the assignments grid. */
    private static Button action(String id) {
        Component cell = GridKt._getCellComponent(_get(Grid.class, s -> s.withId("assignments-grid")), 0, "actions");
        return cell.getChildren()
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }

    /** Whether the page shows the component (Karibu finds only what is effectively visible). */
    private static boolean visible(String id) {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        com.vaadin.flow.component.Component.class, s -> s.withId(id))
                .isEmpty();
    }
}
