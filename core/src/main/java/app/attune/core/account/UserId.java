package app.attune.core.account;

/** Typed id of a person, so ids of different things cannot be mixed up. */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive, was " + value);
        }
    }
}
