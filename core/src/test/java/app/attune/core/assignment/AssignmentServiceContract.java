package app.attune.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.ImportResult;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import app.attune.scenarios.library.ScenarioLibrary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Assignment rules on H2 and on the MySQL-protocol server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssignmentServiceContract {
    private AttunePlatform platform;
    private AssignmentService assignments;
    private CohortService cohorts;
    private UserId felix;
    private UserId trainee;
    private String scenario;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true));
        assignments = platform.service(AssignmentService.class);
        cohorts = platform.service(CohortService.class);
        AccountService accounts = platform.service(AccountService.class);
        felix = accounts.findByUsername("facilitator").orElseThrow().id();
        trainee = accounts.findByUsername("trainee").orElseThrow().id();
        scenario =
                platform.service(ScenarioLibrary.class).scenarios().getFirst().id();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void a_whole_cohort_assignment_reaches_every_member_with_its_terms() {
        CohortId cohort = cohorts.create(felix, "Whole cohort").id();
        ImportResult r = cohorts.importTrainees(felix, cohort, "name,email\nWen Li,wen.li@example.org\n", false);
        UserId wen = platform.service(AccountService.class)
                .findByUsername("wen.li@example.org")
                .orElseThrow()
                .id();
        AssignmentTerms terms = new AssignmentTerms(
                Optional.of(LocalDate.of(2026, 12, 1)), "A hard one", 70, OptionalInt.of(3), true, false, true);
        Assignment a = assignments.assign(felix, cohort, scenario, terms, List.of());
        assertThat(a.forWholeCohort()).isTrue();
        assertThat(assignments.forTrainee(wen)).extracting(Assignment::id).contains(a.id());
        Assignment seen = assignments.forTrainee(wen).stream()
                .filter(x -> x.id().equals(a.id()))
                .findFirst()
                .orElseThrow();
        assertThat(seen.terms()).isEqualTo(terms);
        assertThat(r.created()).hasSize(1);
    }

    @Test
    void an_assignment_to_chosen_trainees_reaches_only_them() {
        CohortId cohort = cohorts.create(felix, "Chosen only").id();
        cohorts.importTrainees(
                felix, cohort, "name,email\nAmi One,ami.one@example.org\nBen Two,ben.two@example.org\n", false);
        AccountService accounts = platform.service(AccountService.class);
        UserId ami =
                accounts.findByUsername("ami.one@example.org").orElseThrow().id();
        UserId ben =
                accounts.findByUsername("ben.two@example.org").orElseThrow().id();
        Assignment a = assignments.assign(felix, cohort, scenario, AssignmentTerms.defaults(), List.of(ami));
        assertThat(assignments.forTrainee(ami)).extracting(Assignment::id).contains(a.id());
        assertThat(assignments.forTrainee(ben)).extracting(Assignment::id).doesNotContain(a.id());
        assertThat(assignments.ofCohort(felix, cohort))
                .extracting(Assignment::chosenTrainees)
                .containsExactly(List.of(ami));
    }

    @Test
    void assigning_checks_the_cohort_the_scenario_and_the_chosen_trainees() {
        CohortId cohort = cohorts.create(felix, "Checks").id();
        assertThatThrownBy(() -> assignments.assign(trainee, cohort, scenario, AssignmentTerms.defaults(), List.of()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() ->
                        assignments.assign(felix, cohort, "no-such-scenario", AssignmentTerms.defaults(), List.of()))
                .hasMessageContaining("no scenario 'no-such-scenario'");
        assertThatThrownBy(
                        () -> assignments.assign(felix, cohort, scenario, AssignmentTerms.defaults(), List.of(trainee)))
                .hasMessageContaining("Only trainees of this cohort");
        assertThatThrownBy(
                        () -> new AssignmentTerms(Optional.empty(), "", 120, OptionalInt.empty(), false, false, false))
                .hasMessageContaining("0 to 100");
    }

    @Test
    void an_archived_cohort_no_longer_assigns_to_its_trainees() {
        CohortId cohort = cohorts.create(felix, "To archive").id();
        cohorts.importTrainees(felix, cohort, "name,email\nArch Ive,arch.ive@example.org\n", false);
        UserId arch = platform.service(AccountService.class)
                .findByUsername("arch.ive@example.org")
                .orElseThrow()
                .id();
        Assignment a = assignments.assign(felix, cohort, scenario, AssignmentTerms.defaults(), List.of());
        assertThat(assignments.forTrainee(arch)).extracting(Assignment::id).contains(a.id());
        cohorts.archive(felix, cohort);
        assertThat(assignments.forTrainee(arch)).extracting(Assignment::id).doesNotContain(a.id());
    }
}
