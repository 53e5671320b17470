package app.attune.scenarios.format;

import java.util.Locale;
import java.util.Optional;

/**
 * How the persona feels right now, as far as choosing a line goes. Activated wins over the other
 * two: a flooded or shut-down persona speaks from that state whatever its trust.
 */
public enum Band {
    GUARDED,
    OPEN,
    ACTIVATED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Band> fromId(String id) {
        for (Band b : values()) {
            if (b.id().equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
