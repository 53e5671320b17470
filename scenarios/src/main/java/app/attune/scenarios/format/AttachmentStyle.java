package app.attune.scenarios.format;

import java.util.Locale;
import java.util.Optional;

/** The four attachment patterns a persona can follow. {@link #id()} is the name used in files and JSON. */
public enum AttachmentStyle {
    AVOIDANT,
    ANXIOUS,
    DISORGANIZED,
    SECURE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttachmentStyle> fromId(String id) {
        for (AttachmentStyle s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
