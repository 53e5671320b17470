package app.attune.core.assignment;

/**
 * Where one trainee stands on one assignment, as a facilitator's cohort page shows it. The rules are
 * in {@link ProgressRules}.
 */
public enum ProgressState {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    /** Finished attempts, none at the pass mark yet (the trainee may try again). */
    NOT_PASSED("Not passed yet"),
    PASSED("Passed"),
    PAST_DUE("Past due");

    private final String title;

    ProgressState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
