package app.attune.core.practice;

/**
 * A scenario's status for one trainee. Passed and past due only apply to assignments: passed is a
 * completed attempt at or above the pass threshold, past due is a due date gone by with nothing
 * completed (the same rules the facilitator's cohort board uses).
 */
public enum CardStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    PASSED("Passed"),
    PAST_DUE("Past due");

    private final String title;

    CardStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
