package app.attune.core.practice;

import app.attune.grading.MoveCode;
import app.attune.grading.MoveStance;
import app.attune.grading.PersonaSignal;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.TryInstead;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One trainee turn in the feedback report: what they said, its codes (with the words behind each),
 * whether it explored or pushed in that moment, what it did to the persona (the reply, its signals,
 * the layer before and after), and for a weak turn a "try instead" suggestion.
 *
 * @param resisted the moment of resistance the persona's reply to this turn opened, if any
 * @param answers the moment of resistance this turn answered (the persona resisted just before it)
 */
public record AnnotatedTurn(
        int number,
        String traineeText,
        Set<MoveCode> codes,
        Map<MoveCode, String> evidence,
        MoveStance stance,
        PersonaUtterance reply,
        Set<PersonaSignal> signals,
        int layerBefore,
        int layerAfter,
        Optional<TryInstead> tryInstead,
        Optional<ResistanceMoment> resisted,
        Optional<ResistanceMoment> answers) {

    public AnnotatedTurn {
        Objects.requireNonNull(stance, "stance");
        codes = codes == null || codes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(codes));
        EnumMap<MoveCode, String> ev = new EnumMap<>(MoveCode.class);
        if (evidence != null) {
            ev.putAll(evidence);
        }
        evidence = Collections.unmodifiableMap(ev);
        signals =
                signals == null || signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }

    public int layerChange() {
        return layerAfter - layerBefore;
    }
}
