package app.attune.grading;

import java.util.Locale;

/** Four levels a skill score falls into; thresholds are documented in docs/grading.md. */
public enum SkillLevel {
    BEGINNING,
    DEVELOPING,
    COMPETENT,
    STRONG;

    /** The lower-case name used in JSON and the UI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
