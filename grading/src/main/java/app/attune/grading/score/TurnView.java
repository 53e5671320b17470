package app.attune.grading.score;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import app.attune.grading.MoveStance;
import app.attune.grading.PersonaSignal;
import app.attune.grading.classify.ClientCues;
import java.util.Set;

/**
 * A trainee turn with the context the scorer needs: the persona line and signals just before it, the
 * layer before it, and its stance in that moment.
 */
record TurnView(
        int number,
        String traineeText,
        ClassifiedMove move,
        String clientLineBefore,
        ClientCues cuesBefore,
        Set<PersonaSignal> signalsBefore,
        Set<PersonaSignal> signalsAfter,
        int layerBefore,
        int layerAfter,
        MoveStance stance) {

    boolean has(MoveCode c) {
        return move.has(c);
    }

    boolean isQuestion() {
        return has(MoveCode.OPEN_QUESTION) || has(MoveCode.CLOSED_QUESTION);
    }

    boolean isReflection() {
        return has(MoveCode.REFLECTION_SIMPLE) || has(MoveCode.REFLECTION_COMPLEX);
    }

    /** Anything but a bare OTHER: a move that can be judged. */
    boolean isSubstantive() {
        return !(move.codes().size() == 1 && has(MoveCode.OTHER));
    }
}
