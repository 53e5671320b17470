package app.attune.core.assignment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;

@Introspected
record ProgressRow(
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
