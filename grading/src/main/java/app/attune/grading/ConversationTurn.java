package app.attune.grading;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One exchange as the scorer sees it: the trainee's utterance with its codes, then the persona's
 * reply with the signals it showed and the story layer reached after it (0 = nothing revealed,
 * 4 = new option found). {@code number} counts trainee turns from 1.
 */
public record ConversationTurn(
        int number,
        String traineeText,
        ClassifiedMove move,
        String personaText,
        Set<PersonaSignal> personaSignals,
        int layerAfter) {

    public ConversationTurn {
        Objects.requireNonNull(move, "move");
        traineeText = traineeText == null ? "" : traineeText;
        personaText = personaText == null ? "" : personaText;
        personaSignals = personaSignals == null || personaSignals.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(personaSignals));
        if (layerAfter < 0 || layerAfter > 4) {
            throw new IllegalArgumentException("layer must be 0..4, was " + layerAfter);
        }
    }
}
