package app.attune.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one trainee turn, returned only after it was stored: the stored exchange, whether
 * the persona ended the conversation with it (then the attempt is already graded), and help for the
 * next turn.
 */
public record TurnResult(TurnRecord turn, Optional<EndedBy> endedBy, TurnGuidance guidance) {
    public TurnResult {
        Objects.requireNonNull(turn, "turn");
        endedBy = endedBy == null ? Optional.empty() : endedBy;
        guidance = guidance == null ? TurnGuidance.NONE : guidance;
    }

    /** True when the persona closed the conversation with this reply. */
    public boolean closed() {
        return endedBy.isPresent();
    }
}
