package app.attune.scenarios.persona;

import java.util.Locale;

/** Whether and how the persona has ended the conversation. */
public enum Closing {
    /** Still talking. */
    OPEN,
    /** Ended warmly after a good conversation. */
    WARM,
    /** Ended curtly after a run of pushes (or a conversation that went nowhere). */
    CURT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
