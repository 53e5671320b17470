package app.attune.core.cohort;

/** Typed id of a cohort. */
public record CohortId(long value) {
    public CohortId {
        if (value <= 0) {
            throw new IllegalArgumentException("cohort id must be positive, was " + value);
        }
    }
}
