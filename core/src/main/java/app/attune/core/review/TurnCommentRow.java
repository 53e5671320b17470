package app.attune.core.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("turn_comments")
record TurnCommentRow(
        @Id @GeneratedValue @Nullable Long id,
        long attemptId,
        int turnNo,
        long authorId,
        String body,
        @DateCreated @Nullable Instant createdAt) {}
