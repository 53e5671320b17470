package app.attune.grading;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A moment the persona resisted (resistance, withdrawal, escalation, freeze or rupture) and what the
 * trainee did next.
 *
 * @param turn the trainee turn whose persona reply resisted; 0 means the persona's opening line
 * @param signals the resistance signals shown
 * @param responseTurn the next trainee turn (turn + 1), or 0 when the session ended first
 * @param responseCodes that turn's codes (empty without a response)
 * @param outcome explored, neither, pushed, or no response
 */
public record ResistanceMoment(
        int turn,
        Set<PersonaSignal> signals,
        int responseTurn,
        Set<MoveCode> responseCodes,
        ResistanceOutcome outcome) {

    public ResistanceMoment {
        Objects.requireNonNull(outcome, "outcome");
        signals =
                signals == null || signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
        responseCodes = responseCodes == null || responseCodes.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(responseCodes));
    }
}
