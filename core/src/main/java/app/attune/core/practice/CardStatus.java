package app.attune.core.practice;

/**
 * A scenario's status for one trainee. Passed, not passed yet and past due only apply to
 * assignments: passed is a completed attempt at or above the pass threshold, not passed yet is
 * completed attempts all below it, past due is a due date gone by with nothing completed (the same
 * rules the facilitator's cohort board uses). Completed is free practice with a finished attempt.
 */
public enum CardStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    PASSED("Passed"),
    NOT_PASSED("Not passed yet"),
    PAST_DUE("Past due");

    private final String title;

    CardStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
