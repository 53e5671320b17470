package app.attune.grading.score;

import app.attune.grading.OverallScore;
import app.attune.grading.Skill;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The scorer's side of {@link OverallScore}: a session without trainee turns scores 0. */
final class Overall {

    static final Map<Skill, Integer> WEIGHTS = OverallScore.WEIGHTS;

    private Overall() {}

    static int of(Map<Skill, SkillResult> results, boolean emptySession) {
        if (emptySession) {
            return 0;
        }
        Map<Skill, Integer> scores = new EnumMap<>(Skill.class);
        results.forEach((skill, r) -> scores.put(skill, r.score().score()));
        return OverallScore.of(scores, counted(results));
    }

    static Set<Skill> counted(Map<Skill, SkillResult> results) {
        Set<Skill> counted = EnumSet.noneOf(Skill.class);
        results.forEach((skill, r) -> {
            if (r.observed()) {
                counted.add(skill);
            }
        });
        return counted;
    }
}
