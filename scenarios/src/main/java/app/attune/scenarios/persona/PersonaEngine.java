package app.attune.scenarios.persona;

import app.attune.grading.MoveClassifier;
import app.attune.scenarios.format.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * Starts and resumes conversations with a scenario's persona. Thread-safe and cheap to share;
 * each {@link Conversation} it returns belongs to one trainee session.
 */
public final class PersonaEngine {

    private final MoveClassifier classifier;

    /** The classifier is the grader's, so what the persona reacts to and what the report says agree. */
    public PersonaEngine(MoveClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    public static PersonaEngine standard() {
        return new PersonaEngine(MoveClassifier.standard());
    }

    /** A new conversation; the same scenario and seed always give the same persona replies. */
    public Conversation start(Scenario scenario, long seed) {
        return Conversation.start(scenario, seed, classifier);
    }

    /**
     * Continues a stored conversation exactly as if it had never stopped.
     *
     * @param state the state after the last stored turn ({@link PersonaState#initial} form if none)
     * @param usedLineIds ids of every persona line said so far, in order, the opening first
     * @throws IllegalArgumentException if a line id is not in this scenario version
     */
    public Conversation resume(Scenario scenario, long seed, PersonaState state, List<String> usedLineIds) {
        return Conversation.resume(scenario, seed, state, usedLineIds, classifier);
    }
}
