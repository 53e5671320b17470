package app.attune.grading.score;

import app.attune.grading.MoveCode;
import app.attune.grading.Skill;
import java.util.List;
import java.util.Locale;

/**
 * Reflective listening: reflections per question (MITI 4.2.1: 1:1 fair, 2:1 good) and the share of
 * complex reflections (40% fair, 50% good), weighted 60/40.
 */
final class ReflectionSkill {

    private ReflectionSkill() {}

    static SkillResult score(SessionView session) {
        List<TurnView> reflections =
                session.turns().stream().filter(TurnView::isReflection).toList();
        long questions = session.turns().stream().filter(TurnView::isQuestion).count();
        List<Integer> turns = reflections.stream().map(TurnView::number).toList();
        if (reflections.isEmpty()) {
            return SkillResult.observed(
                    Skill.REFLECTIVE_LISTENING,
                    0,
                    "No reflections: try saying back what you heard before the next question.",
                    turns);
        }
        double ratio = questions == 0 ? Double.POSITIVE_INFINITY : (double) reflections.size() / questions;
        long complex = reflections.stream()
                .filter(t -> t.has(MoveCode.REFLECTION_COMPLEX))
                .count();
        double complexShare = (double) complex / reflections.size();
        double combined = Thresholds.RATIO_WEIGHT * Thresholds.REFLECTION_RATIO.score(ratio)
                + (1 - Thresholds.RATIO_WEIGHT) * Thresholds.COMPLEX_SHARE.score(complexShare);
        int score = (int) Math.round(combined);
        String ratioText = questions == 0
                ? "reflections and no questions"
                : String.format(Locale.ROOT, "%.1f reflections per question (MITI: 1 fair, 2 good)", ratio);
        String explanation = Phrases.plural(reflections.size(), "reflection", "reflections") + ", " + ratioText + "; "
                + Phrases.percent(complexShare) + " complex (MITI: 40% fair, 50% good).";
        return SkillResult.observed(Skill.REFLECTIVE_LISTENING, score, explanation, turns);
    }
}
