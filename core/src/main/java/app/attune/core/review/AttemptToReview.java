package app.attune.core.review;

import app.attune.core.account.UserId;
import app.attune.core.practice.AttemptId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One attempt of a cohort's trainee, as the facilitator's review list shows it. */
public record AttemptToReview(
        AttemptId id,
        UserId trainee,
        String traineeName,
        String scenarioId,
        boolean finished,
        int turns,
        OptionalInt overallScore,
        Instant startedAt,
        Optional<Instant> completedAt,
        int comments,
        int overrides) {

    /** Reviewed: the facilitator has commented or adjusted a score. */
    public boolean reviewed() {
        return comments > 0 || overrides > 0;
    }
}
