package app.attune.core.practice;

import app.attune.grading.Skill;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One completed attempt on the progress charts: when, which scenario, overall and per-skill scores. */
public record ProgressPoint(
        AttemptId id,
        String scenarioId,
        String scenarioTitle,
        Instant completedAt,
        int overall,
        Map<Skill, Integer> scores) {

    public ProgressPoint {
        Objects.requireNonNull(id, "id");
        EnumMap<Skill, Integer> copy = new EnumMap<>(Skill.class);
        copy.putAll(scores);
        scores = Collections.unmodifiableMap(copy);
    }
}
