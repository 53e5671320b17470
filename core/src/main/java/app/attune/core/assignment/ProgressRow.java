package app.attune.core.assignment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/** One trainee on one assignment, attempts aggregated: what {@link ProgressRules} reads. */
@Introspected
public record ProgressRow(
        long assignmentId,
        long traineeId,
        String traineeName,
        int passThreshold,
        @Nullable LocalDate dueOn,
        Instant assignedAt,
        int attempts,
        int completed,
        int unfinished,
        @Nullable Integer best,
        @Nullable Instant lastActivity) {}
