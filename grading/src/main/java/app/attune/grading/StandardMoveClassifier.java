package app.attune.grading;

import app.attune.grading.classify.RuleMoveClassifier;

/** The shipped classifier: the rule engine in {@code app.attune.grading.classify}. */
final class StandardMoveClassifier implements MoveClassifier {
    static final StandardMoveClassifier INSTANCE = new StandardMoveClassifier();

    private final RuleMoveClassifier rules = RuleMoveClassifier.create();

    @Override
    public ClassifiedMove classify(String utterance, String previousPersonaLine) {
        return rules.classify(utterance, previousPersonaLine);
    }
}
