package app.attune.core.practice;

/** Who ended a completed conversation, and how. */
public enum EndedBy {
    /** The trainee chose "End conversation". */
    TRAINEE("You ended the conversation"),
    /** The persona closed warmly after a good conversation. */
    PERSONA_WARM("The client closed the conversation warmly"),
    /** The persona closed curtly (a run of pushes, or a conversation that went nowhere). */
    PERSONA_CURT("The client closed the conversation curtly");

    private final String description;

    EndedBy(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
