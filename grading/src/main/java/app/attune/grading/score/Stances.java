package app.attune.grading.score;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import app.attune.grading.MoveFamily;
import app.attune.grading.MoveStance;
import app.attune.grading.PersonaSignal;
import app.attune.grading.classify.ClientCues;
import java.util.Set;

/**
 * The stance of a move in its moment. A push-family move pushes, with one exception the coaching
 * rules of thumb name: a suggestion (ADVISE, nothing else pushing) right after the client asked for
 * ideas, when the client was not resisting, is neutral. The same suggestion after a withdrawal
 * pushes.
 */
final class Stances {

    private Stances() {}

    static MoveStance of(ClassifiedMove move, ClientCues before, Set<PersonaSignal> signalsBefore) {
        if (move.isPush()) {
            boolean onlyAdvice = move.codes().stream()
                    .filter(c -> c.family() == MoveFamily.PUSH)
                    .allMatch(c -> c == MoveCode.ADVISE);
            if (onlyAdvice && before.asksForIdeas() && !ResistanceModel.isResistance(signalsBefore)) {
                return MoveStance.NEUTRAL;
            }
            return MoveStance.PUSH;
        }
        return move.isExplore() ? MoveStance.EXPLORE : MoveStance.NEUTRAL;
    }
}
