package app.attune.core.insights;

import app.attune.grading.Skill;
import app.attune.grading.SkillLevel;
import java.util.Map;

/**
 * How one skill's scores spread over the completed attempts in scope: counts per level, quartiles
 * (nearest rank) and the mean. With no scores every figure is 0 and {@code scores} is 0.
 */
public record SkillDistribution(
        Skill skill,
        int scores,
        Map<SkillLevel, Integer> perLevel,
        int min,
        int q1,
        int median,
        int q3,
        int max,
        double mean) {

    public SkillDistribution {
        perLevel = Map.copyOf(perLevel);
    }

    public int count(SkillLevel level) {
        return perLevel.getOrDefault(level, 0);
    }
}
