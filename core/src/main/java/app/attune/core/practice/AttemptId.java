package app.attune.core.practice;

/** Typed id of one practice attempt (one conversation with a scenario's persona). */
public record AttemptId(long value) {
    public AttemptId {
        if (value <= 0) {
            throw new IllegalArgumentException("attempt id must be positive, was " + value);
        }
    }

    /** Parses an id from a URL segment; empty when it is not a positive number. */
    public static java.util.Optional<AttemptId> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return java.util.Optional.empty();
        }
        try {
            long v = Long.parseLong(text.strip());
            return v > 0 ? java.util.Optional.of(new AttemptId(v)) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
