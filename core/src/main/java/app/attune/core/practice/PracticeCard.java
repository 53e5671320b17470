package app.attune.core.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One scenario on a trainee's practice page.
 *
 * @param style the attachment style, empty when the facilitator does not reveal it
 * @param due the due date of an assignment; empty for free practice
 * @param bestScore the best overall score of the trainee's completed attempts
 * @param attemptsLeft empty when unlimited (free practice)
 * @param openAttempt the unfinished attempt to resume, if any
 */
public record PracticeCard(
        CardKind kind,
        String scenarioId,
        String title,
        String personaName,
        String personaRole,
        String setting,
        int difficulty,
        Optional<String> style,
        Optional<LocalDate> due,
        CardStatus status,
        OptionalInt bestScore,
        int attemptsUsed,
        OptionalInt attemptsLeft,
        Optional<AttemptId> openAttempt,
        Optional<Instant> lastActivity) {

    public PracticeCard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(status, "status");
    }
}
