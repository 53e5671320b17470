package app.attune.core.practice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attempt as the conversation page shows it: the brief, the opening line, every stored turn, the
 * help switched on, and whether it is still going. Built from the database (and the scenario
 * snapshot the attempt was played with), so a reload or a restart shows exactly this.
 *
 * @param optionsEditable whether the trainee may switch hints and guided mode themselves (free
 *     practice); for assignments the facilitator decides
 * @param guidance help for the next turn (empty unless switched on, or when the attempt is over)
 */
public record LiveAttempt(
        AttemptId id,
        ScenarioBrief scenario,
        AttemptStatus status,
        Optional<EndedBy> endedBy,
        PracticeOptions options,
        boolean optionsEditable,
        PersonaUtterance opening,
        List<TurnRecord> turns,
        TurnGuidance guidance) {

    public LiveAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        turns = List.copyOf(turns);
        endedBy = endedBy == null ? Optional.empty() : endedBy;
    }

    /** Trainee turns so far; the next turn's number is this plus one. */
    public int turnCount() {
        return turns.size();
    }

    public boolean inProgress() {
        return status == AttemptStatus.IN_PROGRESS;
    }
}
