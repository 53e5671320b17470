package app.attune.grading;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One trainee turn as the report shows it: its codes and evidence, whether it explored or pushed in
 * that moment, and what the persona did next (its signals and how the story layer changed).
 */
public record TurnAnnotation(
        int number,
        String traineeText,
        Set<MoveCode> codes,
        Map<MoveCode, String> evidence,
        MoveStance stance,
        Set<PersonaSignal> personaSignals,
        int layerBefore,
        int layerAfter) {

    public TurnAnnotation {
        Objects.requireNonNull(stance, "stance");
        traineeText = traineeText == null ? "" : traineeText;
        codes = codes == null || codes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(codes));
        EnumMap<MoveCode, String> ev = new EnumMap<>(MoveCode.class);
        if (evidence != null) {
            ev.putAll(evidence);
        }
        evidence = Collections.unmodifiableMap(ev);
        personaSignals = personaSignals == null || personaSignals.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(personaSignals));
    }

    /** How many layers the persona opened (positive) or closed (negative) after this turn. */
    public int layerChange() {
        return layerAfter - layerBefore;
    }
}
