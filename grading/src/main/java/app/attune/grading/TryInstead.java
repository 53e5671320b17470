package app.attune.grading;

import java.util.Objects;

/**
 * A "try instead" suggestion for a weak turn, in Attune's own words.
 *
 * @param turn the trainee turn it replaces
 * @param kind what kind of change it shows, e.g. {@code open-the-question}
 * @param original what the trainee said
 * @param suggestion what they could say instead
 * @param why one line on why the alternative fits the moment
 */
public record TryInstead(int turn, String kind, String original, String suggestion, String why) {

    public TryInstead {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(suggestion, "suggestion");
        original = original == null ? "" : original;
        why = why == null ? "" : why;
    }
}
