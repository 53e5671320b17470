package app.attune.core.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One stored turn: trainee text and codes, the persona's reply, and the persona state after it. */
@MappedEntity("turns")
record TurnRow(
        @Id @GeneratedValue @Nullable Long id,
        long attemptId,
        int turnNo,
        String traineeText,
        String codes,
        String evidence,
        String move,
        String personaText,
        String personaCue,
        String personaLineId,
        String signals,
        int disclosedLayer,
        int safety,
        int activation,
        int layer,
        int progress,
        int strain,
        int healing,
        boolean resistance,
        boolean rupture,
        String closing,
        Instant createdAt) {}
