package app.attune.core.review;

import io.micronaut.core.annotation.Introspected;

/** A skill score as stored for an attempt, and whether it counts towards the overall. */
@Introspected
record StoredSkillScore(String skill, int score, boolean counted) {}
