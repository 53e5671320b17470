package app.attune.grading.score;

import app.attune.grading.Skill;
import java.util.EnumMap;
import java.util.Map;

/**
 * The overall score: a weighted mean of the observed skills (weights in percent, documented in
 * docs/grading.md). Skills without an opportunity are left out and the rest re-weighted. A session
 * without trainee turns scores 0.
 */
final class Overall {

    static final Map<Skill, Integer> WEIGHTS = new EnumMap<>(Map.of(
            Skill.EMOTIVE_INQUIRY, 20,
            Skill.OPEN_INQUIRY, 10,
            Skill.REFLECTIVE_LISTENING, 15,
            Skill.EXPLORING_RESISTANCE, 20,
            Skill.RESTRAINT, 15,
            Skill.REPAIR, 10,
            Skill.DEPTH, 10));

    private Overall() {}

    static int of(Map<Skill, SkillResult> results, boolean emptySession) {
        if (emptySession) {
            return 0;
        }
        double sum = 0;
        int weights = 0;
        for (Map.Entry<Skill, SkillResult> e : results.entrySet()) {
            if (e.getValue().observed()) {
                int w = WEIGHTS.get(e.getKey());
                sum += w * e.getValue().score().score();
                weights += w;
            }
        }
        return weights == 0 ? 0 : (int) Math.round(sum / weights);
    }
}
