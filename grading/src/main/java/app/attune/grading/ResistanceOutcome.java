package app.attune.grading;

import java.util.Locale;

/** What the trainee's next turn did with a moment of resistance. */
public enum ResistanceOutcome {
    EXPLORED,
    NEITHER,
    PUSHED,
    /** The session ended before the trainee answered; not scored. */
    NO_RESPONSE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
