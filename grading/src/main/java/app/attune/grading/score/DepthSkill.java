package app.attune.grading.score;

import app.attune.grading.Skill;
import java.util.ArrayList;
import java.util.List;

/** Depth reached: the deepest story layer the persona opened (an outcome, not a behaviour). */
final class DepthSkill {

    private static final String[] LAYER_NAMES = {
        "nothing beyond the opening",
        "the surface problem",
        "the feelings under it",
        "the pattern and where it comes from",
        "a new option the client found"
    };

    private DepthSkill() {}

    static SkillResult score(SessionView session) {
        int max = 0;
        List<Integer> deepening = new ArrayList<>();
        for (TurnView t : session.turns()) {
            if (t.layerAfter() > max) {
                max = t.layerAfter();
                deepening.add(t.number());
            }
        }
        int score = Thresholds.DEPTH[max];
        String explanation = "Reached layer " + max + " of 4 (" + LAYER_NAMES[max] + ")"
                + (deepening.isEmpty() ? "." : ", opening up after " + Phrases.turns(deepening) + ".");
        return SkillResult.observed(Skill.DEPTH, score, explanation, deepening);
    }
}
