package app.attune.core.cohort;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("cohorts")
record CohortRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        long facilitatorId,
        boolean archived,
        @DateCreated @Nullable Instant createdAt) {}
