package app.attune.core.assignment;

/** Typed id of an assignment. */
public record AssignmentId(long value) {
    public AssignmentId {
        if (value <= 0) {
            throw new IllegalArgumentException("assignment id must be positive, was " + value);
        }
    }
}
