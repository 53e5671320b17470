package app.attune.core.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An attempt with the persona state after its latest turn (the {@code PersonaState} fields). */
@MappedEntity("attempts")
record AttemptRow(
        @Id @GeneratedValue @Nullable Long id,
        long traineeId,
        String scenarioId,
        int scenarioVersion,
        @Nullable Long assignmentId,
        long seed,
        AttemptStatus status,
        @Nullable EndedBy endedBy,
        boolean hints,
        boolean guided,
        int turnCount,
        int safety,
        int activation,
        int layer,
        int progress,
        int strain,
        int healing,
        boolean resistance,
        boolean rupture,
        String closing,
        String usedLineIds,
        @Nullable Integer overallScore,
        Instant startedAt,
        Instant updatedAt,
        @Nullable Instant completedAt,
        @Nullable String openScenario) {

    AttemptId attemptId() {
        return new AttemptId(id);
    }

    AttemptRow withOptions(PracticeOptions options) {
        return new AttemptRow(
                id,
                traineeId,
                scenarioId,
                scenarioVersion,
                assignmentId,
                seed,
                status,
                endedBy,
                options.hints(),
                options.guided(),
                turnCount,
                safety,
                activation,
                layer,
                progress,
                strain,
                healing,
                resistance,
                rupture,
                closing,
                usedLineIds,
                overallScore,
                startedAt,
                updatedAt,
                completedAt,
                openScenario);
    }
}
