package app.attune.core.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("assignments")
record AssignmentRow(
        @Id @GeneratedValue @Nullable Long id,
        long cohortId,
        String scenarioId,
        long assignedBy,
        @Nullable LocalDate dueOn,
        @Nullable String difficultyNote,
        int passThreshold,
        @Nullable Integer attemptLimit,
        boolean hints,
        boolean guided,
        boolean revealStyle,
        boolean chosenOnly,
        Instant createdAt,
        // the scenario id while active, NULL once removed: one active assignment per cohort and scenario
        @Nullable String activeScenario,
        @Nullable Instant removedAt) {

    boolean removed() {
        return removedAt != null;
    }
}
