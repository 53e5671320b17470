package app.attune.scenarios.persona;

import app.attune.grading.PersonaSignal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the persona says, with the manner cue for the UI, the stable id of the line, and the
 * signals the grader and UI read.
 *
 * @param disclosedLayer the layer this reply opened (1..4), 0 when it opened none
 */
public record PersonaReply(String text, String cue, String lineId, Set<PersonaSignal> signals, int disclosedLayer) {

    public PersonaReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lineId, "lineId");
        cue = cue == null ? "" : cue;
        signals =
                signals == null || signals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(signals));
    }
}
