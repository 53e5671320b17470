package app.attune.core.practice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One attempt in a list: which scenario (and version), its status, turns and overall score. */
public record AttemptSummary(
        AttemptId id,
        String scenarioId,
        int scenarioVersion,
        String scenarioTitle,
        AttemptStatus status,
        Optional<EndedBy> endedBy,
        int turns,
        OptionalInt overall,
        Instant startedAt,
        Optional<Instant> completedAt) {

    public AttemptSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        endedBy = endedBy == null ? Optional.empty() : endedBy;
        completedAt = completedAt == null ? Optional.empty() : completedAt;
    }

    /** When the attempt last counted: when it ended, or when it started if still going. */
    public Instant when() {
        return completedAt.orElse(startedAt);
    }
}
