package app.attune.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.NewAccount;
import app.attune.core.account.Role;
import app.attune.core.account.UserId;
import app.attune.core.assignment.Assignment;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.assignment.AssignmentTerms;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.MutableClock;
import app.attune.core.testing.Platforms;
import app.attune.grading.feedback.CandidateKind;
import app.attune.grading.feedback.CandidateTurn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Assigned practice (the facilitator's terms apply) and who may read a report; run on H2 and on the
 * MySQL-protocol server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AssignedPracticeContract {
    static final String AVOIDANT = PracticeServiceContract.AVOIDANT;
    static final String SECURE = "secure-startup-cto";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final AtomicInteger people = new AtomicInteger();
    private AttunePlatform platform;
    private PracticeService practice;
    private AssignmentService assignments;
    private CohortService cohorts;
    private AccountService accounts;
    private UserId facilitator;
    private UserId otherFacilitator;
    private UserId lead;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database(), clock);
        practice = platform.service(PracticeService.class);
        assignments = platform.service(AssignmentService.class);
        cohorts = platform.service(CohortService.class);
        accounts = platform.service(AccountService.class);
        facilitator = person(Role.FACILITATOR);
        otherFacilitator = person(Role.FACILITATOR);
        lead = person(Role.PROGRAM_LEAD);
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private UserId person(Role role) {
        int n = people.incrementAndGet();
        return accounts.create(new NewAccount("person-" + n, "Person " + n, null, role, "password-" + n, false))
                .id();
    }

    /** A fresh cohort of the facilitator with one newly enrolled trainee. */
    private Enrolled enrolled(UserId runBy) {
        int n = people.incrementAndGet();
        CohortId cohort = cohorts.create(runBy, "Cohort " + n).id();
        String email = "learner" + n + "@example.org";
        cohorts.importTrainees(runBy, cohort, "name,email\nLearner " + n + "," + email + "\n", false);
        return new Enrolled(cohort, accounts.findByUsername(email).orElseThrow().id());
    }

    private record Enrolled(CohortId cohort, UserId trainee) {}

    private static AssignmentTerms terms(
            LocalDate due, String note, int pass, Integer limit, boolean hints, boolean guided, boolean reveal) {
        return new AssignmentTerms(
                Optional.ofNullable(due),
                note,
                pass,
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
                hints,
                guided,
                reveal);
    }

    private AttemptId playAndEnd(UserId trainee, String scenario) {
        LiveAttempt live = practice.start(trainee, scenario, PracticeOptions.NONE);
        practice.takeTurn(trainee, live.id(), 0, "What would you like to get from our time today?");
        practice.takeTurn(trainee, live.id(), 1, "How has that been for you?");
        return practice.end(trainee, live.id());
    }

    @Test
    void an_assigned_scenario_is_listed_with_its_terms_and_not_again_for_free_practice() {
        Enrolled e = enrolled(facilitator);
        Assignment a = assignments.assign(
                facilitator,
                e.cohort(),
                AVOIDANT,
                terms(LocalDate.parse("2026-12-01"), "Go slowly with this one.", 70, 3, true, false, false),
                List.of());

        PracticeHome home = practice.home(e.trainee());
        assertThat(home.assigned()).singleElement().satisfies(card -> {
            assertThat(card.kind()).isEqualTo(CardKind.ASSIGNED);
            assertThat(card.assignment()).contains(a.id());
            assertThat(card.scenarioId()).isEqualTo(AVOIDANT);
            assertThat(card.style()).as("style not revealed").isEmpty();
            assertThat(card.difficultyNote()).isEqualTo("Go slowly with this one.");
            assertThat(card.due()).contains(LocalDate.parse("2026-12-01"));
            assertThat(card.status()).isEqualTo(CardStatus.NOT_STARTED);
            assertThat(card.attemptsLeft()).hasValue(3);
            assertThat(card.passThreshold()).hasValue(70);
            assertThat(card.aids()).isEqualTo(new PracticeOptions(true, false));
            assertThat(card.canStart()).isTrue();
        });
        assertThat(home.freePractice()).extracting(PracticeCard::scenarioId).doesNotContain(AVOIDANT);
        assertThat(home.freePractice()).extracting(PracticeCard::scenarioId).contains(SECURE);

        PracticeStart before = practice.beforeStart(e.trainee(), AVOIDANT);
        assertThat(before.brief().style()).isEmpty();
        assertThat(before.assignment()).map(PracticeCard::assignment).contains(Optional.of(a.id()));
        assertThat(practice.beforeStart(e.trainee(), SECURE).assignment()).isEmpty();
        assertThat(practice.beforeStart(e.trainee(), SECURE).brief().style()).contains("secure");
    }

    @Test
    void a_revealed_style_shows_and_a_due_date_gone_by_reads_past_due() {
        Enrolled e = enrolled(facilitator);
        assignments.assign(
                facilitator,
                e.cohort(),
                SECURE,
                terms(LocalDate.parse("2026-11-21"), "", 60, null, false, false, true),
                List.of());
        PracticeCard card;
        clock.advance(Duration.ofDays(2));
        try {
            card = practice.home(e.trainee()).assigned().getFirst();
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
        assertThat(card.style()).contains("secure");
        assertThat(card.status()).isEqualTo(CardStatus.PAST_DUE);
        assertThat(card.attemptsLeft()).isEmpty();
        assertThat(practice.start(e.trainee(), SECURE, PracticeOptions.NONE)
                        .scenario()
                        .style())
                .contains("secure");
    }

    @Test
    void starting_an_assigned_scenario_records_the_assignment_and_uses_the_facilitators_aids() {
        Enrolled e = enrolled(facilitator);
        Assignment a = assignments.assign(
                facilitator, e.cohort(), AVOIDANT, terms(null, "", 60, null, true, true, false), List.of());

        // the trainee asks for no help; the facilitator's terms decide
        LiveAttempt live = practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE);
        assertThat(live.options()).isEqualTo(new PracticeOptions(true, true));
        assertThat(live.optionsEditable()).isFalse();
        assertThat(live.scenario().style()).isEmpty();
        assertThat(live.guidance().hint()).isPresent();
        assertThat(live.guidance().candidates())
                .extracting(CandidateTurn::kind)
                .containsExactlyInAnyOrder(CandidateKind.EXPLORING, CandidateKind.CLOSED, CandidateKind.PUSHING);
        assertThat(platform.service(AttemptRepository.class)
                        .findById(live.id().value())
                        .orElseThrow()
                        .assignmentId())
                .isEqualTo(a.id().value());
        assertThatThrownBy(() -> practice.changeOptions(e.trainee(), live.id(), PracticeOptions.NONE))
                .isInstanceOf(PracticeException.OptionsLocked.class);

        TurnResult turn = practice.takeTurn(e.trainee(), live.id(), 0, "How has that been for you?");
        assertThat(turn.guidance().hint()).isPresent();
        assertThat(turn.guidance().candidates()).hasSize(3);

        PracticeHome home = practice.home(e.trainee());
        assertThat(home.unfinished()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CardKind.ASSIGNED);
            assertThat(c.openAttempt()).contains(live.id());
        });
        assertThat(home.assigned().getFirst().status()).isEqualTo(CardStatus.IN_PROGRESS);

        practice.end(e.trainee(), live.id());
        FeedbackReport report = practice.report(e.trainee(), live.id());
        assertThat(report.assignment()).contains(a.id());
        assertThat(report.scenario().style()).as("hidden from the trainee").isEmpty();
        assertThat(practice.report(facilitator, live.id()).scenario().style())
                .as("the facilitator sees it")
                .contains("avoidant");
    }

    @Test
    void the_attempt_limit_refuses_a_new_start_with_a_clear_message_but_never_a_resume() {
        Enrolled e = enrolled(facilitator);
        assignments.assign(facilitator, e.cohort(), AVOIDANT, terms(null, "", 0, 2, false, false, false), List.of());

        playAndEnd(e.trainee(), AVOIDANT);
        LiveAttempt second = practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE);
        assertThat(practice.home(e.trainee()).assigned().getFirst().attemptsLeft())
                .hasValue(0);
        // the unfinished second attempt still resumes
        assertThat(practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE).id())
                .isEqualTo(second.id());
        practice.takeTurn(e.trainee(), second.id(), 0, "What brings you here today?");
        practice.end(e.trainee(), second.id());

        assertThatThrownBy(() -> practice.start(e.trainee(), AVOIDANT, new PracticeOptions(true, true)))
                .isInstanceOf(PracticeException.AttemptLimitReached.class)
                .hasMessage("You have used all 2 attempts your facilitator set for this scenario. If you would"
                        + " like another go, ask your facilitator.");
        assertThat(practice.unfinished(e.trainee(), AVOIDANT)).isEmpty();
        PracticeCard card = practice.home(e.trainee()).assigned().getFirst();
        assertThat(card.canStart()).isFalse();
        assertThat(card.attemptsUsed()).isEqualTo(2);
        assertThat(card.status()).as("pass threshold 0").isEqualTo(CardStatus.PASSED);
        assertThat(card.bestScore()).isPresent();
        assertThat(practice.beforeStart(e.trainee(), AVOIDANT).canStart()).isFalse();
    }

    @Test
    void finished_attempts_below_the_pass_mark_read_not_passed_yet_not_completed() {
        Enrolled e = enrolled(facilitator);
        assignments.assign(
                facilitator, e.cohort(), AVOIDANT, terms(null, "", 100, null, false, false, false), List.of());
        playAndEnd(e.trainee(), AVOIDANT);
        PracticeCard card = practice.home(e.trainee()).assigned().getFirst();
        assertThat(card.bestScore()).isPresent();
        assertThat(card.bestScore().getAsInt()).isLessThan(100);
        assertThat(card.status()).isEqualTo(CardStatus.NOT_PASSED);
        assertThat(card.status().title()).isEqualTo("Not passed yet");
    }

    @Test
    void extra_attempts_from_the_facilitator_let_the_trainee_start_again() {
        Enrolled e = enrolled(facilitator);
        Assignment a = assignments.assign(
                facilitator, e.cohort(), AVOIDANT, terms(null, "", 60, 1, false, false, false), List.of());
        playAndEnd(e.trainee(), AVOIDANT);
        assertThatThrownBy(() -> practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE))
                .isInstanceOf(PracticeException.AttemptLimitReached.class);

        assignments.change(facilitator, a.id(), Optional.empty(), OptionalInt.of(2));
        PracticeCard card = practice.home(e.trainee()).assigned().getFirst();
        assertThat(card.attemptsLeft()).hasValue(1);
        assertThat(card.canStart()).isTrue();
        assertThat(practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE).inProgress())
                .isTrue();
    }

    @Test
    void after_removal_the_scenario_is_free_practice_and_an_unfinished_attempt_still_resumes() {
        Enrolled e = enrolled(facilitator);
        Assignment a = assignments.assign(
                facilitator, e.cohort(), AVOIDANT, terms(null, "", 60, 2, true, false, false), List.of());
        AttemptId done = playAndEnd(e.trainee(), AVOIDANT);
        LiveAttempt open = practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE);

        assignments.remove(facilitator, a.id());
        PracticeHome home = practice.home(e.trainee());
        assertThat(home.assigned()).isEmpty();
        assertThat(home.freePractice()).extracting(PracticeCard::scenarioId).contains(AVOIDANT);
        assertThat(home.unfinished()).singleElement().satisfies(card -> assertThat(card.openAttempt())
                .contains(open.id()));
        assertThat(practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE).id())
                .as("resumes the attempt begun under the assignment")
                .isEqualTo(open.id());
        assertThat(practice.report(e.trainee(), done).scenario().style())
                .as("a finished attempt keeps the terms it was played under")
                .isEmpty();

        practice.takeTurn(e.trainee(), open.id(), 0, "What would you like to talk about?");
        practice.end(e.trainee(), open.id());
        LiveAttempt free = practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE);
        assertThat(free.scenario().style()).as("free practice shows the style").contains("avoidant");
    }

    @Test
    void free_practice_attempts_do_not_use_up_an_assignment_made_later() {
        Enrolled e = enrolled(facilitator);
        playAndEnd(e.trainee(), AVOIDANT);
        assignments.assign(facilitator, e.cohort(), AVOIDANT, terms(null, "", 60, 1, false, false, false), List.of());
        PracticeCard card = practice.home(e.trainee()).assigned().getFirst();
        assertThat(card.attemptsLeft()).hasValue(1);
        assertThat(card.status()).isEqualTo(CardStatus.NOT_STARTED);
        assertThat(practice.start(e.trainee(), AVOIDANT, PracticeOptions.NONE).inProgress())
                .isTrue();
    }

    @Test
    void the_trainees_facilitator_and_program_leads_read_a_report_and_nobody_else_does() {
        Enrolled e = enrolled(facilitator);
        Enrolled elsewhere = enrolled(otherFacilitator);
        AttemptId attempt = playAndEnd(e.trainee(), SECURE);
        FeedbackReport own = practice.report(e.trainee(), attempt);

        FeedbackReport byFacilitator = practice.report(facilitator, attempt);
        assertThat(byFacilitator.trainee()).isEqualTo(e.trainee());
        assertThat(byFacilitator.turns()).isEqualTo(own.turns());
        assertThat(byFacilitator.skills()).isEqualTo(own.skills());
        assertThat(practice.report(lead, attempt).turns()).hasSize(2);

        String refusal = new PracticeException.AttemptNotFound(attempt).getMessage();
        for (UserId outsider : List.of(otherFacilitator, elsewhere.trainee(), person(Role.ADMIN))) {
            assertThatThrownBy(() -> practice.report(outsider, attempt))
                    .isInstanceOf(PracticeException.AttemptNotFound.class)
                    .hasMessage(refusal);
        }
        // read only: reviewing does not open the conversation to anyone but the trainee
        assertThatThrownBy(() -> practice.open(facilitator, attempt))
                .isInstanceOf(PracticeException.AttemptNotFound.class);
        assertThatThrownBy(() -> practice.delete(lead, attempt)).isInstanceOf(PracticeException.AttemptNotFound.class);
        assertThat(practice.report(e.trainee(), attempt)).isNotNull();
    }

    @Test
    void a_reviewer_asking_for_a_conversation_still_going_is_told_it_is_not_finished() {
        Enrolled e = enrolled(facilitator);
        LiveAttempt live = practice.start(e.trainee(), SECURE, PracticeOptions.NONE);
        assertThatThrownBy(() -> practice.report(facilitator, live.id()))
                .isInstanceOf(PracticeException.NotFinished.class);
        assertThatThrownBy(() -> practice.report(otherFacilitator, live.id()))
                .isInstanceOf(PracticeException.AttemptNotFound.class);
    }
}
