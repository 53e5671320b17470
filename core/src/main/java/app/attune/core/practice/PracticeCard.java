package app.attune.core.practice;

import app.attune.core.assignment.AssignmentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One scenario on a trainee's practice page.
 *
 * @param assignment the assignment a new attempt would answer; empty for free practice
 * @param style the attachment style, empty when the facilitator does not reveal it
 * @param difficultyNote the facilitator's note on difficulty ("" when none, always for free practice)
 * @param due the due date of an assignment; empty for free practice or no due date
 * @param bestScore the best overall score of the trainee's completed attempts
 * @param passThreshold the overall score that passes the assignment; empty for free practice
 * @param aids hints and guided mode as the facilitator set them (free practice: the trainee decides)
 * @param attemptsLeft empty when unlimited (free practice, or an assignment without a limit)
 * @param openAttempt the unfinished attempt to resume, if any
 */
public record PracticeCard(
        CardKind kind,
        Optional<AssignmentId> assignment,
        String scenarioId,
        String title,
        String personaName,
        String personaRole,
        String setting,
        int difficulty,
        Optional<String> style,
        String difficultyNote,
        Optional<LocalDate> due,
        CardStatus status,
        OptionalInt bestScore,
        OptionalInt passThreshold,
        PracticeOptions aids,
        int attemptsUsed,
        OptionalInt attemptsLeft,
        Optional<AttemptId> openAttempt,
        Optional<Instant> lastActivity) {

    public PracticeCard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(status, "status");
        assignment = assignment == null ? Optional.empty() : assignment;
        difficultyNote = difficultyNote == null ? "" : difficultyNote;
        aids = aids == null ? PracticeOptions.NONE : aids;
    }

    /** Whether the trainee can open it: resume an unfinished attempt, or start one with attempts left. */
    public boolean canStart() {
        return openAttempt.isPresent() || attemptsLeft.isEmpty() || attemptsLeft.getAsInt() > 0;
    }
}
