package app.attune.grading;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A whole conversation for the session scorer: the persona's opening line (and what it showed),
 * then the turns in order.
 */
public record Transcript(String opening, Set<PersonaSignal> openingSignals, List<ConversationTurn> turns) {

    public Transcript {
        opening = opening == null ? "" : opening;
        openingSignals = openingSignals == null || openingSignals.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(openingSignals));
        turns = List.copyOf(turns);
    }
}
