package app.attune.core.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * What the page before a conversation shows: the brief (style hidden when an assignment does not
 * reveal it) and, for an assigned scenario, the assignment's card (due date, attempts left, the aids
 * the facilitator switched on). When the card has no attempts left, the conversation cannot start.
 */
public record PracticeStart(ScenarioBrief brief, Optional<PracticeCard> assignment) {
    public PracticeStart {
        Objects.requireNonNull(brief, "brief");
        assignment = assignment == null ? Optional.empty() : assignment;
    }

    public boolean canStart() {
        return assignment.map(PracticeCard::canStart).orElse(true);
    }
}
