package app.attune.grading;

import java.util.Locale;

/** What a persona reply showed; the grader's resistance and repair skills read these. */
public enum PersonaSignal {
    RESISTANCE,
    WITHDRAWAL,
    ESCALATION,
    FREEZE,
    RUPTURE,
    DISCLOSURE;

    /** The lower-case name used in JSON and the UI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
