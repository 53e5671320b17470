package app.attune.grading;

/** PLACEHOLDER until the grading work lands: everything is OTHER. */
final class StandardMoveClassifier implements MoveClassifier {
    static final StandardMoveClassifier INSTANCE = new StandardMoveClassifier();

    @Override
    public ClassifiedMove classify(String utterance, String previousPersonaLine) {
        return ClassifiedMove.other("placeholder");
    }
}
