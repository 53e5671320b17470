package app.attune.grading;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The overall score: a weighted mean of the skills the session gave an opportunity for (weights in
 * percent, documented in docs/grading.md); the rest are left out and the others re-weighted. Public
 * so that a facilitator's override of one skill recomputes the overall exactly as the scorer does.
 */
public final class OverallScore {

    public static final Map<Skill, Integer> WEIGHTS = Map.copyOf(new EnumMap<>(Map.of(
            Skill.EMOTIVE_INQUIRY, 20,
            Skill.OPEN_INQUIRY, 10,
            Skill.REFLECTIVE_LISTENING, 15,
            Skill.EXPLORING_RESISTANCE, 20,
            Skill.RESTRAINT, 15,
            Skill.REPAIR, 10,
            Skill.DEPTH, 10)));

    private OverallScore() {}

    /** The weighted mean of the counted skills' scores, rounded; 0 when none is counted. */
    public static int of(Map<Skill, Integer> scores, Set<Skill> counted) {
        double sum = 0;
        int weights = 0;
        for (Map.Entry<Skill, Integer> e : scores.entrySet()) {
            if (counted.contains(e.getKey())) {
                int w = WEIGHTS.get(e.getKey());
                sum += w * e.getValue();
                weights += w;
            }
        }
        return weights == 0 ? 0 : (int) Math.round(sum / weights);
    }
}
