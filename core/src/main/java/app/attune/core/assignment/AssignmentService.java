package app.attune.core.assignment;

import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.Member;
import app.attune.core.cohort.NotAllowed;
import app.attune.scenarios.library.ScenarioLibrary;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** Assigning scenarios to cohorts or chosen trainees, and finding what a trainee was assigned. */
@Singleton
public class AssignmentService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final AssignmentRepository assignments;
    private final CohortService cohorts;
    private final ScenarioLibrary library;

    private final java.time.Clock clock;

    AssignmentService(
            AssignmentRepository assignments, CohortService cohorts, ScenarioLibrary library, java.time.Clock clock) {
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.library = library;
        this.clock = clock;
    }

    /**
     * Every assigned trainee of a cohort on every assignment: state, stalled, attempts, best score.
     * One aggregate query, whatever the cohort's size.
     */
    @Transactional
    public List<TraineeProgress> progress(UserId actor, CohortId cohort) {
        cohorts.members(actor, cohort);
        java.time.Instant now = clock.instant();
        java.time.LocalDate today = ProgressRules.today(now);
        return assignments.findProgress(cohort.value()).stream()
                .map(r -> new TraineeProgress(
                        new AssignmentId(r.assignmentId()),
                        new UserId(r.traineeId()),
                        r.traineeName(),
                        ProgressRules.state(r, today),
                        ProgressRules.stalled(r, now),
                        r.attempts(),
                        r.best() == null ? OptionalInt.empty() : OptionalInt.of(r.best()),
                        java.util.Optional.ofNullable(r.lastActivity())))
                .toList();
    }

    /**
     * Assigns a scenario to a cohort the person runs; with chosen trainees, only to them (each must be
     * a member of the cohort). A cohort has at most one active assignment of a scenario (a second one
     * would be a second, identical column for the same practice), and a due date cannot be in the past.
     */
    @Transactional
    public Assignment assign(
            UserId actor, CohortId cohort, String scenarioId, AssignmentTerms terms, List<UserId> chosen) {
        List<Member> members = cohorts.requireManagedBy(actor, cohort);
        if (scenarioId == null || library.find(scenarioId).isEmpty()) {
            throw new AssignmentRefused(
                    AssignmentRefused.Field.SCENARIO, "There is no scenario '" + scenarioId + "' in the library.");
        }
        Set<Long> memberIds = members.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        for (UserId trainee : chosen) {
            if (!memberIds.contains(trainee.value())) {
                throw new AssignmentRefused(
                        AssignmentRefused.Field.TRAINEES, "Only trainees of this cohort can be chosen.");
            }
        }
        Instant now = clock.instant();
        requireNotPast(terms.due(), now);
        if (!assignments.findActiveOf(cohort.value(), scenarioId).isEmpty()) {
            throw new AssignmentRefused(
                    AssignmentRefused.Field.SCENARIO,
                    "'" + title(scenarioId) + "' is already assigned to this cohort. To give more time or"
                            + " attempts, change that assignment; to start over, remove it first.");
        }
        AssignmentRow row = assignments.save(new AssignmentRow(
                null,
                cohort.value(),
                scenarioId,
                actor.value(),
                terms.due().orElse(null),
                terms.difficultyNote().isEmpty() ? null : terms.difficultyNote(),
                terms.passThreshold(),
                terms.attemptLimit().isPresent() ? terms.attemptLimit().getAsInt() : null,
                terms.hints(),
                terms.guided(),
                terms.revealStyle(),
                !chosen.isEmpty(),
                // the same clock as attempts, so "started after it was assigned" compares like with like
                now,
                scenarioId,
                null));
        chosen.stream().distinct().forEach(t -> assignments.addChosen(row.id(), t.value()));
        return toAssignment(row);
    }

    /**
     * Changes an active assignment's due date and attempt limit (to give more time or extra attempts).
     * A new due date cannot be in the past; keeping a due date that has passed is allowed. A limit
     * below the attempts a trainee has used leaves them no attempts, nothing is deleted.
     */
    @Transactional
    public Assignment change(UserId actor, AssignmentId id, Optional<LocalDate> due, OptionalInt attemptLimit) {
        AssignmentRow row = active(actor, id);
        Optional<LocalDate> newDue = due == null ? Optional.empty() : due;
        if (!newDue.equals(Optional.ofNullable(row.dueOn()))) {
            requireNotPast(newDue, clock.instant());
        }
        AssignmentTerms terms = toAssignment(row).terms().withDueAndLimit(newDue, attemptLimit);
        AssignmentRow changed = assignments.update(new AssignmentRow(
                row.id(),
                row.cohortId(),
                row.scenarioId(),
                row.assignedBy(),
                terms.due().orElse(null),
                row.difficultyNote(),
                row.passThreshold(),
                terms.attemptLimit().isPresent() ? terms.attemptLimit().getAsInt() : null,
                row.hints(),
                row.guided(),
                row.revealStyle(),
                row.chosenOnly(),
                row.createdAt(),
                row.activeScenario(),
                row.removedAt()));
        return toAssignment(changed);
    }

    /**
     * Removes an assignment from its cohort: it leaves the progress board and the trainees' practice
     * pages, and new attempts at the scenario are free practice. Attempts already made stay the
     * trainees' own (history, reports, reviews, the cohort's attempt list) and keep the terms they
     * were played under; they count for no assignment any more, also not for one made again later.
     */
    @Transactional
    public void remove(UserId actor, AssignmentId id) {
        AssignmentRow row = active(actor, id);
        assignments.update(new AssignmentRow(
                row.id(),
                row.cohortId(),
                row.scenarioId(),
                row.assignedBy(),
                row.dueOn(),
                row.difficultyNote(),
                row.passThreshold(),
                row.attemptLimit(),
                row.hints(),
                row.guided(),
                row.revealStyle(),
                row.chosenOnly(),
                row.createdAt(),
                null,
                clock.instant()));
    }

    /** An assignment that is still active, in a cohort the person may change; otherwise refused. */
    private AssignmentRow active(UserId actor, AssignmentId id) {
        AssignmentRow row = assignments.findById(id.value()).orElseThrow(() -> new NotAllowed("No such assignment."));
        cohorts.requireManagedBy(actor, new CohortId(row.cohortId()));
        if (row.removed()) {
            throw new IllegalArgumentException("This assignment has been removed.");
        }
        return row;
    }

    private static void requireNotPast(Optional<LocalDate> due, Instant now) {
        LocalDate today = ProgressRules.today(now);
        if (due.isPresent() && due.get().isBefore(today)) {
            throw new AssignmentRefused(
                    AssignmentRefused.Field.DUE,
                    "The due date is in the past (today is " + DAY.format(today)
                            + "): choose today or a later date, or leave it empty.");
        }
    }

    private String title(String scenarioId) {
        return library.find(scenarioId).map(s -> s.title()).orElse(scenarioId);
    }

    /** Today as the due-date rules see it (UTC, the service's clock): the earliest due date allowed. */
    public LocalDate today() {
        return ProgressRules.today(clock.instant());
    }

    /** The scenarios that can be assigned, for pickers: id, title, style, difficulty, setting. */
    public List<ScenarioChoice> scenarioChoices() {
        return library.scenarios().stream()
                .map(s -> new ScenarioChoice(
                        s.id(),
                        s.title(),
                        s.style().name().toLowerCase(java.util.Locale.ROOT),
                        s.difficulty(),
                        s.setting()))
                .toList();
    }

    /** The active assignments of a cohort the person runs (or, for a program lead, any cohort). */
    @Transactional
    public List<Assignment> ofCohort(UserId actor, CohortId cohort) {
        cohorts.members(actor, cohort);
        return assignments.findActive(cohort.value()).stream()
                .map(this::toAssignment)
                .toList();
    }

    /** What a trainee has been assigned, in active cohorts, soonest due first. */
    @Transactional
    public List<Assignment> forTrainee(UserId trainee) {
        return assignments.findForTrainee(trainee.value()).stream()
                .map(this::toAssignment)
                .toList();
    }

    /**
     * One assignment by id, whoever asks: its terms decide how an attempt that answers it is played
     * and shown (aids, whether the style is revealed), even after its cohort is archived or the
     * assignment is removed.
     */
    @Transactional
    public java.util.Optional<Assignment> find(AssignmentId id) {
        return assignments.findById(id.value()).map(this::toAssignment);
    }

    private Assignment toAssignment(AssignmentRow row) {
        AssignmentTerms terms = new AssignmentTerms(
                java.util.Optional.ofNullable(row.dueOn()),
                row.difficultyNote(),
                row.passThreshold(),
                row.attemptLimit() == null ? OptionalInt.empty() : OptionalInt.of(row.attemptLimit()),
                row.hints(),
                row.guided(),
                row.revealStyle());
        List<UserId> chosen = row.chosenOnly()
                ? assignments.findChosen(row.id()).stream().map(UserId::new).toList()
                : List.of();
        return new Assignment(
                new AssignmentId(row.id()), new CohortId(row.cohortId()), row.scenarioId(), terms, chosen);
    }
}
