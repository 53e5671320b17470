package app.attune.grading.score;

import app.attune.grading.MoveCode;
import app.attune.grading.MoveStance;
import app.attune.grading.PersonaSignal;
import app.attune.grading.Skill;
import java.util.ArrayList;
import java.util.List;

/**
 * Repair. A rupture is a persona reply that shows RUPTURE, or that withdraws or escalates right after
 * a push. The trainee repaired it if one of the next two turns holds REPAIR, or explores with
 * PROCESS or VALIDATE. Credit: 1 at once, 0.75 on the second turn, 0 otherwise. A rupture the
 * conversation ended too soon after to repair (no repair in the turns that followed, and fewer than
 * two of them) had no fair chance and is not scored.
 */
final class RepairSkill {

    static final int WINDOW = 2;

    private RepairSkill() {}

    static SkillResult score(SessionView session) {
        List<TurnView> turns = session.turns();
        int ruptures = 0;
        double credit = 0;
        List<Integer> evidence = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            TurnView t = turns.get(i);
            if (!isRupture(t) || i + 1 >= turns.size()) {
                continue;
            }
            int repairedAt = 0;
            for (int k = 1; k <= WINDOW && i + k < turns.size(); k++) {
                if (repairs(turns.get(i + k))) {
                    repairedAt = k;
                    break;
                }
            }
            if (repairedAt == 0 && i + WINDOW >= turns.size()) {
                continue; // the conversation ended before the repair window did
            }
            ruptures++;
            evidence.add(t.number());
            if (repairedAt > 0) {
                evidence.add(turns.get(i + repairedAt).number());
            }
            credit += repairedAt == 1
                    ? Thresholds.REPAIRED_AT_ONCE
                    : repairedAt == 2 ? Thresholds.REPAIRED_SECOND_TURN : 0;
            if (repairedAt == 0) {
                missed.add(t.number());
            }
        }
        if (ruptures == 0) {
            return SkillResult.notObserved(
                    Skill.REPAIR, "No rupture to repair in this session; not counted in the overall.");
        }
        int score = (int) Math.round(100 * credit / ruptures);
        String explanation = missed.isEmpty()
                ? "You repaired " + Phrases.plural(ruptures, "rupture", "ruptures") + " within two turns."
                : "The client pulled away after " + Phrases.turns(missed)
                        + " and there was no repair within two turns; owning the misstep (\"I think I pushed"
                        + " there\") or naming what just happened brings them back.";
        return SkillResult.observed(Skill.REPAIR, score, explanation, evidence);
    }

    static boolean isRupture(TurnView t) {
        if (t.signalsAfter().contains(PersonaSignal.RUPTURE)) {
            return true;
        }
        boolean pulledAway = t.signalsAfter().contains(PersonaSignal.WITHDRAWAL)
                || t.signalsAfter().contains(PersonaSignal.ESCALATION);
        return pulledAway && t.stance() == MoveStance.PUSH;
    }

    static boolean repairs(TurnView t) {
        if (t.has(MoveCode.REPAIR)) {
            return true;
        }
        return t.stance() == MoveStance.EXPLORE && (t.has(MoveCode.PROCESS) || t.has(MoveCode.VALIDATE));
    }
}
