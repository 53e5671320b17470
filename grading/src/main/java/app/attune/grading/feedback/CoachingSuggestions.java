package app.attune.grading.feedback;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import app.attune.grading.classify.ClientCues;
import app.attune.grading.classify.RuleMoveClassifier;
import java.util.List;

/**
 * Hints and guided-mode candidates for the web UI. Given the persona's last line (and the trainee's
 * last move, if any) it returns a one-sentence hint and three candidate turns: an exploring one
 * (open and emotive, reusing the client's feeling word when there is one), a closed one and a pushing
 * one (advice or reassurance). Deterministic: the same input and seed give the same output; without
 * a seed the input text is the seed. All wording is Attune's own.
 */
public final class CoachingSuggestions {

    private final RuleMoveClassifier classifier;

    private CoachingSuggestions(RuleMoveClassifier classifier) {
        this.classifier = classifier;
    }

    public static CoachingSuggestions create() {
        return new CoachingSuggestions(RuleMoveClassifier.create());
    }

    /** Guidance seeded by the persona line itself. {@code lastMove} may be null (no turn yet). */
    public Guidance suggest(String personaLine, ClassifiedMove lastMove) {
        return suggest(personaLine, lastMove, Variants.seedOf(personaLine));
    }

    public Guidance suggest(String personaLine, ClassifiedMove lastMove, long seed) {
        ClientCues cues = classifier.cues(personaLine);
        ClientWords words = ClientWords.of(personaLine, cues);
        return new Guidance(
                Hints.hint(lastMove, cues, words),
                List.of(
                        new CandidateTurn(CandidateKind.EXPLORING, exploring(words, seed)),
                        new CandidateTurn(CandidateKind.CLOSED, closed(words, seed)),
                        new CandidateTurn(CandidateKind.PUSHING, pushing(cues, seed))));
    }

    private static String exploring(ClientWords w, long seed) {
        if (w.hasFeeling()) {
            return Variants.pick(
                    List.of(
                            "What's it like for you, feeling " + w.feelingPhrase() + "?",
                            "When you feel " + w.feelingPhrase() + ", what happens inside you?",
                            "How are you with feeling " + w.feelingPhrase() + " right now?"),
                    seed);
        }
        if (w.hasQuote()) {
            return Variants.pick(
                    List.of(
                            "You said '" + w.quote() + "'. What's that been like for you?",
                            "What happens for you when you think about '" + w.quote() + "'?",
                            "How does '" + w.quote() + "' feel from the inside?"),
                    seed);
        }
        return "What's going on for you right now?";
    }

    private static String closed(ClientWords w, long seed) {
        if (w.hasFeeling()) {
            return Variants.pick(
                    List.of(
                            "Are you feeling " + w.feelingPhrase() + " right now?",
                            "Have you felt " + w.feelingPhrase() + " like this before?",
                            "Is feeling " + w.feelingPhrase() + " new for you?"),
                    seed);
        }
        return Variants.pick(
                List.of("Has this happened before?", "Did you talk to anyone about it?", "Is that still going on?"),
                seed);
    }

    private static String pushing(ClientCues cues, long seed) {
        List<String> options = cues.emotional()
                ? List.of(
                        "Don't worry, I'm sure it will all work out.",
                        "Try not to dwell on it, you'll be fine.",
                        "You should take a day off and clear your head.")
                : List.of(
                        "You should just talk to them directly.",
                        "Have you tried writing it all down first?",
                        "Why don't you raise it at your next one-to-one?");
        return Variants.pick(options, seed);
    }

    /** The hint sentence: a reaction to the last move, pointing at the next useful one. */
    static final class Hints {

        private Hints() {}

        static String hint(ClassifiedMove last, ClientCues cues, ClientWords words) {
            String feeling = words.hasFeeling() ? " They just said '" + words.feeling() + "': stay with it." : "";
            if (last == null) {
                return "Start with an open question that lets them tell it in their own words." + feeling;
            }
            if (last.has(MoveCode.DEFLECT)) {
                return "That moved away from what they were feeling; go back to it." + feeling;
            }
            if (last.has(MoveCode.REASSURE)) {
                return "Reassurance can close the feeling down; try reflecting it instead." + feeling;
            }
            if (last.has(MoveCode.CONFRONT)) {
                return "That may have felt like criticism; get curious about their view." + feeling;
            }
            if (last.has(MoveCode.ADVISE)) {
                return cues.asksForIdeas()
                        ? "They asked for ideas; check what they have already tried before adding yours."
                        : "That was advice; ask what they think first." + feeling;
            }
            if (last.has(MoveCode.CLOSED_QUESTION)) {
                return "A closed question gets a short answer; open it up with what or how." + feeling;
            }
            if (last.has(MoveCode.REFLECTION_COMPLEX)) {
                return "Good reflection: you added the meaning underneath. Let them respond." + feeling;
            }
            if (last.has(MoveCode.EMOTIVE)) {
                return "You invited their inner experience; now reflect what you hear." + feeling;
            }
            if (last.has(MoveCode.OPEN_QUESTION) || last.has(MoveCode.REFLECTION_SIMPLE)) {
                return "Good, that kept it open. Next, try naming the feeling you sense." + feeling;
            }
            return "Try a reflection or an open question about what they just said." + feeling;
        }
    }
}
