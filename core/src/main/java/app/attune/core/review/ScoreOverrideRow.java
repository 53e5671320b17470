package app.attune.core.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("score_overrides")
record ScoreOverrideRow(
        @Id @GeneratedValue @Nullable Long id,
        long attemptId,
        String skill,
        int oldScore,
        int newScore,
        String reason,
        long authorId,
        @DateCreated @Nullable Instant createdAt) {}
