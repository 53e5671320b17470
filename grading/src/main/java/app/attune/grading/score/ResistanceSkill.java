package app.attune.grading.score;

import app.attune.grading.ResistanceMoment;
import app.attune.grading.ResistanceOutcome;
import app.attune.grading.Skill;
import java.util.List;

/** Exploring resistance: the share of resistance moments whose next turn explored (see the model). */
final class ResistanceSkill {

    private ResistanceSkill() {}

    static SkillResult score(List<ResistanceMoment> moments) {
        List<ResistanceMoment> answered = moments.stream()
                .filter(m -> m.outcome() != ResistanceOutcome.NO_RESPONSE)
                .toList();
        if (answered.isEmpty()) {
            return SkillResult.notObserved(
                    Skill.EXPLORING_RESISTANCE,
                    "The client did not resist in a way you could answer this time; not counted in the overall.");
        }
        double credit = 0;
        for (ResistanceMoment m : answered) {
            credit += switch (m.outcome()) {
                case EXPLORED -> Thresholds.EXPLORED;
                case NEITHER -> Thresholds.NEITHER;
                default -> Thresholds.PUSHED;
            };
        }
        int score = (int) Math.round(100 * credit / answered.size());
        List<Integer> turns =
                answered.stream().map(ResistanceMoment::responseTurn).toList();
        List<Integer> explored = turnsWith(answered, ResistanceOutcome.EXPLORED);
        List<Integer> pushed = turnsWith(answered, ResistanceOutcome.PUSHED);
        StringBuilder b = new StringBuilder("The client resisted ")
                .append(Phrases.plural(answered.size(), "time", "times"))
                .append("; you explored ")
                .append(explored.size());
        if (!explored.isEmpty()) {
            b.append(" (").append(Phrases.turns(explored)).append(")");
        }
        b.append(" and pushed ").append(pushed.size());
        if (!pushed.isEmpty()) {
            b.append(" (").append(Phrases.turns(pushed)).append(")");
        }
        b.append(".");
        return SkillResult.observed(Skill.EXPLORING_RESISTANCE, score, b.toString(), turns);
    }

    private static List<Integer> turnsWith(List<ResistanceMoment> moments, ResistanceOutcome outcome) {
        return moments.stream()
                .filter(m -> m.outcome() == outcome)
                .map(ResistanceMoment::responseTurn)
                .toList();
    }
}
