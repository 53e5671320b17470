package app.attune.grading;

import app.attune.grading.score.RuleSessionScorer;

/** The shipped scorer: the rules in {@code app.attune.grading.score}. */
final class StandardSessionScorer implements SessionScorer {
    static final StandardSessionScorer INSTANCE = new StandardSessionScorer();

    private final RuleSessionScorer rules = RuleSessionScorer.create();

    @Override
    public SessionReport score(Transcript transcript) {
        return rules.score(transcript);
    }
}
