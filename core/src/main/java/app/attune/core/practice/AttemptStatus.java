package app.attune.core.practice;

/** Where an attempt stands. */
public enum AttemptStatus {
    /** The conversation is still going; it can be resumed. */
    IN_PROGRESS("In progress"),
    /** Ended by the trainee or the persona, and graded. */
    COMPLETED("Completed");

    private final String title;

    AttemptStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
