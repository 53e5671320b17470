package app.attune.grading.score;

import app.attune.grading.Skill;
import app.attune.grading.SkillScore;
import java.util.List;

/**
 * A skill's score plus whether the session gave any opportunity to show it. Skills without an
 * opportunity (no resistance, no rupture) show a neutral score and are left out of the overall.
 */
record SkillResult(SkillScore score, boolean observed) {

    static SkillResult observed(Skill skill, int score, String explanation, List<Integer> turns) {
        return new SkillResult(new SkillScore(skill, score, Levels.of(score), explanation, turns), true);
    }

    static SkillResult notObserved(Skill skill, String explanation) {
        int s = Thresholds.NOT_OBSERVED;
        return new SkillResult(new SkillScore(skill, s, Levels.of(s), explanation, List.of()), false);
    }
}
