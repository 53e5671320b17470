package app.attune.core.review;

import app.attune.grading.Skill;
import java.time.Instant;

/** One entry of the override audit trail: who changed which skill score, from what, to what, and why. */
public record ScoreOverride(Skill skill, int oldScore, int newScore, String reason, String author, Instant at) {}
