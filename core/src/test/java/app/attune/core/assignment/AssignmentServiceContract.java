package app.attune.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.ImportResult;
import app.attune.core.cohort.NotAllowed;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.practice.AttemptId;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.testing.MutableClock;
import app.attune.core.testing.Platforms;
import app.attune.scenarios.format.Scenario;
import app.attune.scenarios.library.ScenarioLibrary;
import java.time.Duration;
import java.time.Instant;
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
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final LocalDate today = LocalDate.parse("2026-11-21");
    private AttunePlatform platform;
    private AssignmentService assignments;
    private CohortService cohorts;
    private PracticeService practice;
    private AccountService accounts;
    private UserId felix;
    private UserId trainee;
    private UserId other;
    private String scenario;
    private String secondScenario;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true), clock);
        assignments = platform.service(AssignmentService.class);
        cohorts = platform.service(CohortService.class);
        practice = platform.service(PracticeService.class);
        accounts = platform.service(AccountService.class);
        felix = accounts.findByUsername("facilitator").orElseThrow().id();
        trainee = accounts.findByUsername("trainee").orElseThrow().id();
        other = accounts.create(
                        new NewAccount("other-assigner", "Otto Ther", null, Role.FACILITATOR, "password-1", false))
                .id();
        List<Scenario> library = platform.service(ScenarioLibrary.class).scenarios();
        scenario = library.getFirst().id();
        secondScenario = library.get(1).id();
    }

    /** A new cohort of Felix's with one new trainee in it. */
    private UserId cohortWithOne(CohortId[] cohort, String name) {
        cohort[0] = cohorts.create(felix, name).id();
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.org";
        cohorts.enrol(felix, cohort[0], name, email);
        return accounts.findByUsername(email).orElseThrow().id();
    }

    private static AssignmentTerms due(LocalDate day, Integer limit) {
        return new AssignmentTerms(
                Optional.ofNullable(day),
                "",
                60,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
                false,
                false,
                false);
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
        UserId wen = accounts.findByUsername("wen.li@example.org").orElseThrow().id();
        AssignmentTerms terms = new AssignmentTerms(
                Optional.of(today.plusDays(10)), "A hard one", 70, OptionalInt.of(3), true, false, true);
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
        UserId arch =
                accounts.findByUsername("arch.ive@example.org").orElseThrow().id();
        Assignment a = assignments.assign(felix, cohort, scenario, AssignmentTerms.defaults(), List.of());
        assertThat(assignments.forTrainee(arch)).extracting(Assignment::id).contains(a.id());
        cohorts.archive(felix, cohort);
        assertThat(assignments.forTrainee(arch)).extracting(Assignment::id).doesNotContain(a.id());
    }

    @Test
    void a_cohort_gets_a_scenario_once_and_can_get_it_again_after_removing_it() {
        CohortId[] cohort = new CohortId[1];
        UserId una = cohortWithOne(cohort, "Una Once");
        Assignment first = assignments.assign(felix, cohort[0], scenario, due(today.plusDays(7), null), List.of());
        String title = platform.service(ScenarioLibrary.class)
                .find(scenario)
                .orElseThrow()
                .title();
        assertThatThrownBy(() -> assignments.assign(felix, cohort[0], scenario, AssignmentTerms.defaults(), List.of()))
                .isInstanceOf(AssignmentRefused.class)
                .hasMessage("'" + title + "' is already assigned to this cohort. To give more time or attempts,"
                        + " change that assignment; to start over, remove it first.")
                .extracting(e -> ((AssignmentRefused) e).field())
                .isEqualTo(AssignmentRefused.Field.SCENARIO);
        assertThatThrownBy(
                        () -> assignments.assign(felix, cohort[0], scenario, AssignmentTerms.defaults(), List.of(una)))
                .as("not even to chosen trainees")
                .isInstanceOf(AssignmentRefused.class);
        assertThat(assignments.assign(felix, cohort[0], secondScenario, AssignmentTerms.defaults(), List.of()))
                .as("another scenario is fine")
                .isNotNull();
        CohortId elsewhere = cohorts.create(felix, "Una elsewhere").id();
        assertThat(assignments.assign(felix, elsewhere, scenario, AssignmentTerms.defaults(), List.of()))
                .as("the same scenario in another cohort is fine")
                .isNotNull();

        assignments.remove(felix, first.id());
        Assignment again = assignments.assign(felix, cohort[0], scenario, AssignmentTerms.defaults(), List.of());
        assertThat(assignments.ofCohort(felix, cohort[0]))
                .extracting(Assignment::scenarioId)
                .containsExactlyInAnyOrder(scenario, secondScenario);
        assertThat(assignments.ofCohort(felix, cohort[0]))
                .extracting(Assignment::id)
                .contains(again.id());
    }

    @Test
    void a_due_date_in_the_past_is_refused_and_today_is_accepted() {
        CohortId cohort = cohorts.create(felix, "Due dates").id();
        assertThatThrownBy(() -> assignments.assign(felix, cohort, scenario, due(today.minusDays(1), null), List.of()))
                .isInstanceOf(AssignmentRefused.class)
                .hasMessage("The due date is in the past (today is 21 Nov 2026): choose today or a later date,"
                        + " or leave it empty.")
                .extracting(e -> ((AssignmentRefused) e).field())
                .isEqualTo(AssignmentRefused.Field.DUE);
        assertThat(assignments.ofCohort(felix, cohort)).isEmpty();
        Assignment a = assignments.assign(felix, cohort, scenario, due(today, null), List.of());
        assertThat(a.terms().due()).contains(today);
    }

    @Test
    void the_due_date_and_attempt_limit_can_be_changed_to_give_more_time_and_attempts() {
        CohortId[] cohort = new CohortId[1];
        UserId vic = cohortWithOne(cohort, "Vic Extra");
        Assignment a = assignments.assign(felix, cohort[0], scenario, due(today.plusDays(2), 1), List.of());
        finish(vic);
        assertThat(practice.home(vic).assigned().getFirst().canStart()).isFalse();

        Assignment changed = assignments.change(felix, a.id(), Optional.of(today.plusDays(14)), OptionalInt.of(3));
        assertThat(changed.terms().due()).contains(today.plusDays(14));
        assertThat(changed.terms().attemptLimit()).hasValue(3);
        assertThat(changed.terms().passThreshold()).as("the rest stays").isEqualTo(60);
        assertThat(assignments.forTrainee(vic)).singleElement().isEqualTo(changed);
        assertThat(practice.home(vic).assigned().getFirst().attemptsLeft()).hasValue(2);
        assertThat(practice.start(vic, scenario, PracticeOptions.NONE).inProgress())
                .isTrue();

        assertThatThrownBy(() -> assignments.change(felix, a.id(), Optional.of(today.minusDays(1)), OptionalInt.of(3)))
                .isInstanceOf(AssignmentRefused.class)
                .hasMessageStartingWith("The due date is in the past");
        assertThatThrownBy(() -> assignments.change(felix, a.id(), Optional.empty(), OptionalInt.of(0)))
                .isInstanceOf(AssignmentRefused.class)
                .hasMessage("Allow from 1 to 50 attempts, or leave the limit empty for no limit.")
                .extracting(e -> ((AssignmentRefused) e).field())
                .isEqualTo(AssignmentRefused.Field.ATTEMPT_LIMIT);
        Assignment unlimited = assignments.change(felix, a.id(), Optional.empty(), OptionalInt.empty());
        assertThat(unlimited.terms().due()).isEmpty();
        assertThat(unlimited.terms().attemptLimit()).isEmpty();
    }

    @Test
    void a_due_date_that_has_passed_can_be_kept_while_the_limit_changes() {
        CohortId[] cohort = new CohortId[1];
        cohortWithOne(cohort, "Wyn Late");
        Assignment a = assignments.assign(felix, cohort[0], scenario, due(today, 1), List.of());
        clock.advance(Duration.ofDays(3));
        try {
            Assignment changed = assignments.change(felix, a.id(), Optional.of(today), OptionalInt.of(2));
            assertThat(changed.terms().attemptLimit()).hasValue(2);
            assertThat(changed.terms().due()).contains(today);
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    @Test
    void a_removed_assignment_leaves_the_cohort_and_the_trainee_but_its_attempts_stay() {
        CohortId[] cohort = new CohortId[1];
        UserId xan = cohortWithOne(cohort, "Xan Removed");
        Assignment a = assignments.assign(felix, cohort[0], scenario, due(today.plusDays(5), 1), List.of());
        AttemptId made = finish(xan);
        assertThat(assignments.progress(felix, cohort[0])).hasSize(1);

        assignments.remove(felix, a.id());
        assertThat(assignments.ofCohort(felix, cohort[0])).isEmpty();
        assertThat(assignments.progress(felix, cohort[0])).as("off the board").isEmpty();
        assertThat(assignments.forTrainee(xan)).isEmpty();
        assertThat(assignments.find(a.id()))
                .as("its terms stay for the attempts that answered it")
                .map(Assignment::terms)
                .contains(a.terms());
        assertThat(practice.report(xan, made).turns()).isNotEmpty();
        assertThat(practice.report(felix, made).turns()).isNotEmpty();
        assertThat(practice.home(xan).freePractice())
                .as("the scenario is free practice again, without the limit")
                .anySatisfy(card -> {
                    assertThat(card.scenarioId()).isEqualTo(scenario);
                    assertThat(card.canStart()).isTrue();
                });

        assertThatThrownBy(() -> assignments.remove(felix, a.id())).hasMessage("This assignment has been removed.");
        assertThatThrownBy(() -> assignments.change(felix, a.id(), Optional.empty(), OptionalInt.of(5)))
                .hasMessage("This assignment has been removed.");

        Assignment again = assignments.assign(felix, cohort[0], scenario, AssignmentTerms.defaults(), List.of());
        TraineeProgress fresh = assignments.progress(felix, cohort[0]).getFirst();
        assertThat(fresh.assignment()).isEqualTo(again.id());
        assertThat(fresh.attempts())
                .as("attempts made for the removed assignment do not count for a new one")
                .isZero();
    }

    @Test
    void only_the_cohorts_facilitator_changes_or_removes_and_an_archived_cohort_is_read_only() {
        CohortId[] cohort = new CohortId[1];
        cohortWithOne(cohort, "Yui Guarded");
        Assignment a = assignments.assign(felix, cohort[0], scenario, due(today.plusDays(5), 2), List.of());
        assertThatThrownBy(() -> assignments.change(other, a.id(), Optional.empty(), OptionalInt.of(9)))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> assignments.remove(other, a.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> assignments.remove(trainee, a.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> assignments.remove(felix, new AssignmentId(987_654_321L)))
                .isInstanceOf(NotAllowed.class);

        cohorts.archive(felix, cohort[0]);
        String readOnly = "This cohort is archived, so it is read-only";
        assertThatThrownBy(() -> assignments.change(felix, a.id(), Optional.empty(), OptionalInt.of(9)))
                .hasMessageStartingWith(readOnly);
        assertThatThrownBy(() -> assignments.remove(felix, a.id())).hasMessageStartingWith(readOnly);
        assertThatThrownBy(() ->
                        assignments.assign(felix, cohort[0], secondScenario, AssignmentTerms.defaults(), List.of()))
                .hasMessageStartingWith(readOnly);

        cohorts.unarchive(felix, cohort[0]);
        assertThat(assignments
                        .change(felix, a.id(), Optional.empty(), OptionalInt.of(9))
                        .terms()
                        .attemptLimit())
                .hasValue(9);
    }

    private AttemptId finish(UserId who) {
        clock.advance(Duration.ofSeconds(1));
        LiveAttempt live = practice.start(who, scenario, PracticeOptions.NONE);
        practice.takeTurn(who, live.id(), 0, "What has been on your mind this week?");
        return practice.end(who, live.id());
    }
}
