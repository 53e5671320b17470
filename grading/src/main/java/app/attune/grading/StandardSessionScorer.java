package app.attune.grading;

/** PLACEHOLDER until the grading work lands. */
final class StandardSessionScorer implements SessionScorer {
    static final StandardSessionScorer INSTANCE = new StandardSessionScorer();

    @Override
    public SessionReport score(Transcript transcript) {
        throw new UnsupportedOperationException("not yet");
    }
}
