package app.attune.core.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("scenario_snapshots")
record SnapshotRow(
        @Id @GeneratedValue @Nullable Long id,
        String scenarioId,
        int version,
        String title,
        String sourceText,
        String sourceSha256,
        Instant createdAt) {}
