package app.attune.grading.score;

import app.attune.grading.MoveStance;
import app.attune.grading.Skill;
import java.util.List;
import java.util.Locale;

/** Restraint: push turns per 10 trainee turns, fewer is better. */
final class RestraintSkill {

    private RestraintSkill() {}

    static SkillResult score(SessionView session) {
        List<Integer> pushes = session.turns().stream()
                .filter(t -> t.stance() == MoveStance.PUSH)
                .map(TurnView::number)
                .toList();
        if (session.substantiveTurns() == 0) {
            return SkillResult.observed(
                    Skill.RESTRAINT, 0, "No coaching moves yet, so there is no restraint to credit.", pushes);
        }
        double rate = 10.0 * pushes.size() / session.turns().size();
        int score = Thresholds.PUSH_RATE.score(rate);
        String explanation = pushes.isEmpty()
                ? "No advice, reassurance, confrontation or change of subject in "
                        + Phrases.plural(session.turns().size(), "turn", "turns") + "."
                : String.format(
                        Locale.ROOT,
                        "%.1f pushes per 10 turns (%s); hold the suggestion and ask first.",
                        rate,
                        Phrases.turns(pushes));
        return SkillResult.observed(Skill.RESTRAINT, score, explanation, pushes);
    }
}
