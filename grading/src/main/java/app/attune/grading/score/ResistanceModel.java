package app.attune.grading.score;

import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.ResistanceOutcome;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The resistance model. A resistance moment is a persona line (the opening, or a reply) showing
 * RESISTANCE, WITHDRAWAL, ESCALATION, FREEZE or RUPTURE. The trainee's NEXT turn answers it: it
 * explored (explore stance: a question, reflection, validation, process or repair move with no push),
 * pushed (advice, confrontation, reassurance or deflection), or neither (a closed question,
 * information, a filler). A moment in the persona's last reply has no answer and is not scored.
 */
final class ResistanceModel {

    static final Set<PersonaSignal> RESISTANCE_SIGNALS = EnumSet.of(
            PersonaSignal.RESISTANCE,
            PersonaSignal.WITHDRAWAL,
            PersonaSignal.ESCALATION,
            PersonaSignal.FREEZE,
            PersonaSignal.RUPTURE);

    private ResistanceModel() {}

    static boolean isResistance(Set<PersonaSignal> signals) {
        return signals.stream().anyMatch(RESISTANCE_SIGNALS::contains);
    }

    static List<ResistanceMoment> moments(SessionView session) {
        List<ResistanceMoment> out = new ArrayList<>();
        List<TurnView> turns = session.turns();
        Set<PersonaSignal> opening = session.transcript().openingSignals();
        if (isResistance(opening)) {
            out.add(moment(0, opening, turns.isEmpty() ? null : turns.get(0)));
        }
        for (int i = 0; i < turns.size(); i++) {
            TurnView t = turns.get(i);
            if (isResistance(t.signalsAfter())) {
                out.add(moment(t.number(), t.signalsAfter(), i + 1 < turns.size() ? turns.get(i + 1) : null));
            }
        }
        return out;
    }

    private static ResistanceMoment moment(int turn, Set<PersonaSignal> signals, TurnView next) {
        Set<PersonaSignal> shown = EnumSet.noneOf(PersonaSignal.class);
        signals.stream().filter(RESISTANCE_SIGNALS::contains).forEach(shown::add);
        if (next == null) {
            return new ResistanceMoment(turn, shown, 0, Set.<MoveCode>of(), ResistanceOutcome.NO_RESPONSE);
        }
        ResistanceOutcome outcome =
                switch (next.stance()) {
                    case EXPLORE -> ResistanceOutcome.EXPLORED;
                    case PUSH -> ResistanceOutcome.PUSHED;
                    case NEUTRAL -> ResistanceOutcome.NEITHER;
                };
        return new ResistanceMoment(turn, shown, next.number(), next.move().codes(), outcome);
    }
}
