package app.attune.core.assignment;

import app.attune.core.account.UserId;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.cohort.Member;
import app.attune.scenarios.library.ScenarioLibrary;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** Assigning scenarios to cohorts or chosen trainees, and finding what a trainee was assigned. */
@Singleton
public class AssignmentService {
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
     * a member of the cohort).
     */
    @Transactional
    public Assignment assign(
            UserId actor, CohortId cohort, String scenarioId, AssignmentTerms terms, List<UserId> chosen) {
        List<Member> members = cohorts.requireManagedBy(actor, cohort);
        if (library.find(scenarioId).isEmpty()) {
            throw new IllegalArgumentException("There is no scenario '" + scenarioId + "' in the library.");
        }
        Set<Long> memberIds = members.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        for (UserId trainee : chosen) {
            if (!memberIds.contains(trainee.value())) {
                throw new IllegalArgumentException("Only trainees of this cohort can be chosen.");
            }
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
                clock.instant()));
        chosen.stream().distinct().forEach(t -> assignments.addChosen(row.id(), t.value()));
        return toAssignment(row);
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

    /** The assignments of a cohort the person runs (or, for a program lead, any cohort). */
    @Transactional
    public List<Assignment> ofCohort(UserId actor, CohortId cohort) {
        cohorts.members(actor, cohort);
        return assignments.findByCohortIdOrderByDueOn(cohort.value()).stream()
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
     * and shown (aids, whether the style is revealed), even after its cohort is archived.
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
