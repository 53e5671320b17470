package app.attune.grading;

/** How a move relates to the client's experience: it explores it, pushes past it, or neither. */
public enum MoveFamily {
    EXPLORE,
    NEUTRAL,
    PUSH
}
