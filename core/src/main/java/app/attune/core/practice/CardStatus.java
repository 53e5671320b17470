package app.attune.core.practice;

/** A scenario's status for one trainee. */
public enum CardStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String title;

    CardStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
