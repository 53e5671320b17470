package app.attune.core.practice;

/**
 * Everything the practice service refuses, each with a message a trainee can read as it is. Views
 * catch this type and show {@link #getMessage()}; the subclasses say what to do next.
 */
public abstract sealed class PracticeException extends RuntimeException {

    private PracticeException(String message) {
        super(message);
    }

    private PracticeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No such attempt, or it belongs to someone else (the two look the same on purpose). */
    public static final class AttemptNotFound extends PracticeException {
        public AttemptNotFound(AttemptId id) {
            super("There is no attempt " + id + " among your attempts.");
        }
    }

    /** No such scenario in the library. */
    public static final class ScenarioNotFound extends PracticeException {
        public ScenarioNotFound(String scenarioId) {
            super("There is no scenario called '" + scenarioId + "'.");
        }
    }

    /** The turn text cannot be sent as it is (empty, or over the limit); nothing was stored. */
    public static final class TurnRejected extends PracticeException {
        public TurnRejected(String message) {
            super(message);
        }
    }

    /**
     * The attempt moved on since this page last saw it (another tab or window sent a turn, or ended
     * it). Nothing was stored; reload the attempt and send again.
     */
    public static final class AttemptMovedOn extends PracticeException {
        private final int turnCount;
        private final boolean finished;

        public AttemptMovedOn(int turnCount, boolean finished) {
            super(
                    finished
                            ? "This conversation was ended in another tab or window."
                            : "This conversation moved on in another tab or window; it is now at turn " + turnCount
                                    + ". Your text was not sent.");
            this.turnCount = turnCount;
            this.finished = finished;
        }

        public int turnCount() {
            return turnCount;
        }

        public boolean finished() {
            return finished;
        }
    }

    /** A report was asked for an attempt that is still going. */
    public static final class NotFinished extends PracticeException {
        private final String scenarioId;

        public NotFinished(String scenarioId) {
            super("This conversation is still going; the feedback report is ready once it ends.");
            this.scenarioId = scenarioId;
        }

        public String scenarioId() {
            return scenarioId;
        }
    }

    /** Ending a conversation before the first turn: there is nothing to grade. */
    public static final class NothingToGrade extends PracticeException {
        public NothingToGrade() {
            super("Say something to the client first: there is nothing to give feedback on yet.");
        }
    }

    /** Hints and guided mode of an assigned attempt are the facilitator's to set. */
    public static final class OptionsLocked extends PracticeException {
        public OptionsLocked() {
            super("Your facilitator sets hints and guided mode for this assignment.");
        }
    }

    /** Every attempt the facilitator allowed for this assigned scenario has been used. */
    public static final class AttemptLimitReached extends PracticeException {
        public AttemptLimitReached(int limit) {
            super((limit == 1 ? "You have used the one attempt" : "You have used all " + limit + " attempts")
                    + " your facilitator set for this scenario. If you would like another go, ask your"
                    + " facilitator.");
        }
    }

    /** The database did not answer; nothing was stored (and nothing typed needs to be lost). */
    public static final class Unavailable extends PracticeException {
        public Unavailable(Throwable cause) {
            super(
                    "Attune cannot reach its database right now, so nothing was saved. Your text is still"
                            + " here: try again in a moment.",
                    cause);
        }
    }
}
