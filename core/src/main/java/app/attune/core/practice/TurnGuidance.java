package app.attune.core.practice;

import app.attune.grading.feedback.CandidateTurn;
import java.util.List;
import java.util.Optional;

/**
 * Help for the next turn, when the attempt has it switched on: a hint line (hints) and three
 * candidate turns, one exploring, one closed and one pushing (guided mode), in a shuffled order.
 */
public record TurnGuidance(Optional<String> hint, List<CandidateTurn> candidates) {
    public static final TurnGuidance NONE = new TurnGuidance(Optional.empty(), List.of());

    public TurnGuidance {
        hint = hint == null ? Optional.empty() : hint;
        candidates = List.copyOf(candidates);
    }
}
