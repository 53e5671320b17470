package app.attune.core.practice;

import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One stored exchange: the trainee's turn with its codes, and the persona's reply with its cue, the
 * signals it showed, the layer it opened (0 if none) and the deepest layer reached after it.
 */
public record TurnRecord(
        int number,
        String traineeText,
        Set<MoveCode> codes,
        PersonaUtterance reply,
        Set<PersonaSignal> signals,
        int disclosedLayer,
        int layerAfter) {

    public TurnRecord {
        codes = codes == null || codes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(codes));
        signals =
                signals == null || signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }
}
