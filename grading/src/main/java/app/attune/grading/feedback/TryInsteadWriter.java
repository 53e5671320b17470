package app.attune.grading.feedback;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import app.attune.grading.TryInstead;
import app.attune.grading.classify.ClientCues;
import app.attune.grading.classify.RuleMoveClassifier;
import java.util.List;
import java.util.Optional;

/**
 * Writes a "try instead" for a weak turn, fitted to the moment and reusing the client's words where
 * possible: a deflection goes back to the feeling the client named, reassurance becomes a reflection
 * of the feeling, advice and confrontation become an exploring question, a closed question opens up.
 * All sentences are Attune's own.
 */
public final class TryInsteadWriter {

    private final RuleMoveClassifier classifier;

    public TryInsteadWriter(RuleMoveClassifier classifier) {
        this.classifier = classifier;
    }

    /** A suggestion for the turn, or empty when the turn is not weak. */
    public Optional<TryInstead> suggest(int turn, String traineeText, ClassifiedMove move, String clientLine) {
        return suggest(turn, traineeText, move, clientLine, classifier.cues(clientLine));
    }

    /** As above, with the client line's cues already read (the scorer has them). */
    public Optional<TryInstead> suggest(
            int turn, String traineeText, ClassifiedMove move, String clientLine, ClientCues cues) {
        ClientWords words = ClientWords.of(clientLine, cues);
        long seed = Variants.seedOf(traineeText, clientLine) + turn; // next turns read differently
        String kind;
        String suggestion;
        String why;
        if (move.has(MoveCode.DEFLECT)) {
            kind = "return-to-the-feeling";
            suggestion = backToFeeling(words, seed);
            why = "The client had just named something painful; staying with it keeps them talking.";
        } else if (move.has(MoveCode.REASSURE)) {
            kind = "reflect-the-feeling";
            suggestion = reflectFeeling(words, seed);
            why = "Reassurance closes the feeling down; reflecting it shows you heard it.";
        } else if (move.has(MoveCode.CONFRONT)) {
            kind = "explore-instead-of-confronting";
            suggestion = Variants.pick(
                    List.of(
                            "Help me understand how it looks from where you are.",
                            "What makes that feel like the right call to you?",
                            "I'm curious what's going on for you around this. How do you see it?"),
                    seed);
            why = "Arguing invites the client to defend; curiosity invites them to look.";
        } else if (move.has(MoveCode.ADVISE)) {
            kind = "explore-instead-of-advising";
            suggestion = exploreInsteadOfAdvice(words, seed);
            why = "The client's own ideas stick better than yours; ask before you suggest.";
        } else if (move.has(MoveCode.CLOSED_QUESTION)) {
            kind = "open-the-question";
            suggestion = openQuestion(move, words, seed);
            why = "An open question lets the client answer in their own words, not yes or no.";
        } else {
            return Optional.empty();
        }
        return Optional.of(new TryInstead(turn, kind, traineeText, suggestion, why));
    }

    static String backToFeeling(ClientWords w, long seed) {
        if (w.hasFeeling()) {
            return Variants.pick(
                    List.of(
                            "You said '" + w.feeling()
                                    + "'. Can we stay with that for a moment: what is it like for you?",
                            "Before we move on, '" + w.feeling()
                                    + "' sounds important. What's that like for you right now?",
                            "I'd like to go back to '" + w.feeling() + "'. Tell me more about what that's like."),
                    seed);
        }
        return Variants.pick(
                List.of(
                        "Let's stay with what you just said. What's that been like for you?",
                        "That sounds important. Before we move on, what's it like for you?",
                        "Can we slow down here for a moment? What was that like for you?"),
                seed);
    }

    static String reflectFeeling(ClientWords w, long seed) {
        if (w.hasFeeling()) {
            return Variants.pick(
                    List.of(
                            "It sounds like you're feeling " + w.feelingPhrase() + ", and it's weighing on you.",
                            "So there's a lot of feeling " + w.feelingPhrase() + " in this for you right now.",
                            "You're feeling " + w.feelingPhrase() + ", and that's hard to carry on your own."),
                    seed);
        }
        return Variants.pick(
                List.of(
                        "It sounds like this is weighing on you.",
                        "That sounds like a lot to carry on your own.",
                        "It sounds like this matters more than you're letting on."),
                seed);
    }

    static String exploreInsteadOfAdvice(ClientWords w, long seed) {
        if (w.hasFeeling()) {
            return "Before we get to options: what's it like for you, feeling " + w.feelingPhrase() + "?";
        }
        return Variants.pick(
                List.of(
                        "What have you already tried, and how did it feel?",
                        "What would you like to happen here?",
                        "What options can you see from where you are?"),
                seed);
    }

    static String openQuestion(ClassifiedMove move, ClientWords w, long seed) {
        if (w.hasFeeling()) {
            return "What's it like for you, feeling " + w.feelingPhrase() + ", when you think about it now?";
        }
        if (move.has(MoveCode.EMOTIVE)) {
            return "How are you feeling about it?";
        }
        return Variants.pick(
                List.of("What was that like for you?", "Tell me more about that.", "How did that land for you?"), seed);
    }
}
