package app.attune.grading;

/**
 * Classifies one trainee utterance into coaching-move codes. The persona line just before it is
 * context: it decides DEFLECT, simple versus complex reflections, and whether a suggestion pushes
 * past resistance. Never throws on odd text: empty, huge, emoji-only or markup input is OTHER.
 */
public interface MoveClassifier {

    ClassifiedMove classify(String utterance, String previousPersonaLine);

    /** The classifier Attune ships: in-process, no network, thread-safe. */
    static MoveClassifier standard() {
        return StandardMoveClassifier.INSTANCE;
    }
}
