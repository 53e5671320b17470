package app.attune.core.review;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

@Introspected
record AttemptToReviewRow(
        long id,
        long traineeId,
        String traineeName,
        String scenarioId,
        String status,
        int turnCount,
        @Nullable Integer overallScore,
        Instant startedAt,
        @Nullable Instant completedAt,
        int comments,
        int overrides) {}
