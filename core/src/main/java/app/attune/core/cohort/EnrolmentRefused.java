package app.attune.core.cohort;

/**
 * One trainee cannot be enrolled as typed, in a sentence for the facilitator, with the field to fix
 * (so the form can show the message next to it).
 */
public class EnrolmentRefused extends IllegalArgumentException {
    /** The field of the enrol form the problem is about. */
    public enum Field {
        NAME,
        EMAIL
    }

    private final Field field;

    public EnrolmentRefused(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
