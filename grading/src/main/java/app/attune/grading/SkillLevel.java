package app.attune.grading;

import java.util.Locale;

/** Four levels a skill score falls into; thresholds are documented in docs/grading.md. */
public enum SkillLevel {
    BEGINNING,
    DEVELOPING,
    COMPETENT,
    STRONG;

    /**
     * The band a 0..100 score falls in, the same for all seven skills: BEGINNING below 40, DEVELOPING
     * from 40, COMPETENT from 60, STRONG from 80 (see docs/grading.md). A facilitator's override gets
     * its level from here too.
     */
    public static SkillLevel forScore(int score) {
        if (score >= 80) {
            return STRONG;
        }
        if (score >= 60) {
            return COMPETENT;
        }
        if (score >= 40) {
            return DEVELOPING;
        }
        return BEGINNING;
    }

    /** The lower-case name used in JSON and the UI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
