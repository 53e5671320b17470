package app.attune.grading;

/**
 * What a trainee turn did in its moment: explored the client's experience, pushed past it, or
 * neither. Mostly the move's family, but context matters: a suggestion right after the client asked
 * for ideas is not a push.
 */
public enum MoveStance {
    EXPLORE,
    NEUTRAL,
    PUSH;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
