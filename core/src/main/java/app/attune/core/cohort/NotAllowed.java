package app.attune.core.cohort;

/** The person may not do this to this cohort (it is not theirs). */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}
