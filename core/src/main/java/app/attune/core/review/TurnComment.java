package app.attune.core.review;

import java.time.Instant;

/** A reviewer's comment on one trainee turn (turn numbers count from 1). */
public record TurnComment(long id, int turn, String author, String body, Instant at) {}
