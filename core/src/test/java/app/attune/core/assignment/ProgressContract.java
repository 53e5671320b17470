package app.attune.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.practice.LiveAttempt;
import app.attune.core.practice.PracticeOptions;
import app.attune.core.practice.PracticeService;
import app.attune.core.testing.MutableClock;
import app.attune.core.testing.Platforms;
import app.attune.scenarios.library.ScenarioLibrary;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A cohort page's status board: not started, in progress, not passed yet, passed, past due, stalled. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgressContract {
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private AttunePlatform platform;
    private AssignmentService assignments;
    private PracticeService practice;
    private CohortService cohorts;
    private AccountService accounts;
    private UserId felix;
    private String scenario;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true), clock);
        assignments = platform.service(AssignmentService.class);
        practice = platform.service(PracticeService.class);
        cohorts = platform.service(CohortService.class);
        accounts = platform.service(AccountService.class);
        felix = accounts.findByUsername("facilitator").orElseThrow().id();
        scenario =
                platform.service(ScenarioLibrary.class).scenarios().getFirst().id();
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private TraineeProgress of(CohortId cohort, UserId trainee) {
        return assignments.progress(felix, cohort).stream()
                .filter(p -> p.trainee().equals(trainee))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void states_follow_the_attempts_and_idle_or_unstarted_work_is_stalled() {
        CohortId cohort = cohorts.create(felix, "Board").id();
        cohorts.importTrainees(
                felix, cohort, "name,email\nWen Board,wen.board@example.org\nBo Board,bo.board@example.org\n", false);
        UserId wen =
                accounts.findByUsername("wen.board@example.org").orElseThrow().id();
        UserId bo =
                accounts.findByUsername("bo.board@example.org").orElseThrow().id();
        AssignmentTerms strict =
                new AssignmentTerms(Optional.empty(), "", 100, OptionalInt.empty(), false, false, false);
        assignments.assign(felix, cohort, scenario, strict, List.of());
        assertThat(of(cohort, wen).state()).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(of(cohort, wen).stalled()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        LiveAttempt live = practice.start(wen, scenario, PracticeOptions.NONE);
        practice.takeTurn(wen, live.id(), 0, "What would you like to talk about?");
        assertThat(of(cohort, wen).state()).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(of(cohort, wen).attempts()).isEqualTo(1);

        clock.advance(Duration.ofDays(4));
        assertThat(of(cohort, wen).stalled()).as("idle for four days").isTrue();
        assertThat(of(cohort, bo).stalled())
                .as("assigned four days ago, not started")
                .isFalse();
        clock.advance(Duration.ofDays(4));
        assertThat(of(cohort, bo).stalled())
                .as("assigned eight days ago, not started")
                .isTrue();

        practice.end(wen, live.id());
        TraineeProgress done = of(cohort, wen);
        assertThat(done.state()).as("finished, but below the pass mark of 100").isEqualTo(ProgressState.NOT_PASSED);
        assertThat(done.state().title()).isEqualTo("Not passed yet");
        assertThat(done.stalled()).isFalse();
        assertThat(done.bestScore()).isPresent();
    }

    @Test
    void a_completed_attempt_at_the_threshold_passes_and_a_missed_due_date_is_past_due() {
        CohortId cohort = cohorts.create(felix, "Board two").id();
        cohorts.importTrainees(
                felix, cohort, "name,email\nCy Pass,cy.pass@example.org\nDi Late,di.late@example.org\n", false);
        UserId cy = accounts.findByUsername("cy.pass@example.org").orElseThrow().id();
        UserId di = accounts.findByUsername("di.late@example.org").orElseThrow().id();
        AssignmentTerms easy = new AssignmentTerms(
                Optional.of(ProgressRules.today(clock.instant()).plusDays(1)),
                "",
                0,
                OptionalInt.empty(),
                false,
                false,
                false);
        assignments.assign(felix, cohort, scenario, easy, List.of());
        clock.advance(Duration.ofMinutes(1));
        LiveAttempt live = practice.start(cy, scenario, PracticeOptions.NONE);
        practice.takeTurn(cy, live.id(), 0, "How are you feeling about it all?");
        practice.end(cy, live.id());
        assertThat(of(cohort, cy).state()).isEqualTo(ProgressState.PASSED);
        assertThat(of(cohort, di).state()).isEqualTo(ProgressState.NOT_STARTED);
        clock.advance(Duration.ofDays(3));
        assertThat(of(cohort, di).state()).isEqualTo(ProgressState.PAST_DUE);
        assertThat(of(cohort, cy).state())
                .as("a pass stays a pass after the due date")
                .isEqualTo(ProgressState.PASSED);
    }
}
