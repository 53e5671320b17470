package app.attune.core.assignment;

/**
 * An assignment the service will not make or change, in a sentence for the facilitator, with the
 * field to fix (so a form can show the message next to it).
 */
public class AssignmentRefused extends IllegalArgumentException {
    /** The part of the assignment form the problem is about. */
    public enum Field {
        SCENARIO,
        DUE,
        PASS_THRESHOLD,
        ATTEMPT_LIMIT,
        NOTE,
        TRAINEES
    }

    private final Field field;

    public AssignmentRefused(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
