package app.attune.core.practice;

import java.time.Instant;
import java.util.Optional;

/**
 * Which of a trainee's attempts to list: by scenario, by status, and by start time ({@code from}
 * inclusive, {@code until} exclusive). Empty means "any".
 */
public record AttemptFilter(
        Optional<String> scenarioId, Optional<AttemptStatus> status, Optional<Instant> from, Optional<Instant> until) {

    public static final AttemptFilter ALL =
            new AttemptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AttemptFilter {
        scenarioId = scenarioId == null ? Optional.empty() : scenarioId.filter(s -> !s.isBlank());
        status = status == null ? Optional.empty() : status;
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
    }

    boolean matches(AttemptSummary a) {
        return scenarioId.map(a.scenarioId()::equals).orElse(true)
                && status.map(s -> s == a.status()).orElse(true)
                && from.map(f -> !a.startedAt().isBefore(f)).orElse(true)
                && until.map(u -> a.startedAt().isBefore(u)).orElse(true);
    }
}
