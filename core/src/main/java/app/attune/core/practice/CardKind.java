package app.attune.core.practice;

/** Why a scenario is on the trainee's practice page. */
public enum CardKind {
    /** A facilitator assigned it (due date, attempt limit, pass threshold). */
    ASSIGNED,
    /** Open for free practice: no due date, no limit, the trainee switches help on themselves. */
    FREE_PRACTICE
}
