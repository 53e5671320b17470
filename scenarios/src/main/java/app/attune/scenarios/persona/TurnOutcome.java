package app.attune.scenarios.persona;

import app.attune.grading.ClassifiedMove;
import app.attune.scenarios.format.Move;
import java.util.Objects;

/**
 * One played turn: what the trainee said and how it was classified, the persona's reply, and the
 * state after it (store this to resume).
 *
 * @param number trainee turn number, from 1
 * @param move the move name the persona reacted to
 */
public record TurnOutcome(
        int number, String traineeText, ClassifiedMove classified, Move move, PersonaReply reply, PersonaState state) {

    public TurnOutcome {
        Objects.requireNonNull(classified, "classified");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(state, "state");
    }

    /** True when the persona ended the conversation with this reply. */
    public boolean closed() {
        return state.closed();
    }
}
