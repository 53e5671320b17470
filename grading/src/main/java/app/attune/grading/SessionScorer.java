package app.attune.grading;

/** Turns a whole conversation into the seven-skill session report. Pure and thread-safe. */
public interface SessionScorer {

    SessionReport score(Transcript transcript);

    static SessionScorer standard() {
        return StandardSessionScorer.INSTANCE;
    }
}
