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
        Moment moment = Moment.of(personaLine, cues, words);
        return new Guidance(
                Hints.hint(lastMove, cues, words),
                List.of(
                        new CandidateTurn(CandidateKind.EXPLORING, exploring(moment, words, seed)),
                        new CandidateTurn(CandidateKind.CLOSED, closed(words, seed)),
                        new CandidateTurn(CandidateKind.PUSHING, pushing(moment, seed))));
    }

    /** What the client's last line calls for; the candidates are written for the moment, not quoted from it. */
    enum Moment {
        FEELING,
        MINIMISING,
        ASKS_FOR_IDEAS,
        ASKED_SOMETHING,
        PAINFUL,
        PLAIN;

        private static final java.util.regex.Pattern MINIMISERS = java.util.regex.Pattern.compile(
                "\\b(fine|whatever|no big deal|it'?s just work|not one for|doesn'?t matter|it is what it is|"
                        + "i'?m ok(ay)?|all good|no point|don'?t want to talk)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE);

        static Moment of(String line, ClientCues cues, ClientWords words) {
            String text = line == null ? "" : line;
            if (MINIMISERS.matcher(text).find()) {
                return MINIMISING; // "it's fine" first: a named feeling inside a brush-off is not an invitation
            }
            if (words.hasFeeling()) {
                return FEELING;
            }
            if (cues.asksForIdeas()) {
                return ASKS_FOR_IDEAS;
            }
            if (cues.askedSomething()) {
                return ASKED_SOMETHING;
            }
            return cues.emotional() ? PAINFUL : PLAIN;
        }
    }

    private static String exploring(Moment moment, ClientWords w, long seed) {
        return switch (moment) {
            case FEELING ->
                Variants.pick(
                        List.of(
                                "What's it like for you, feeling " + w.feelingPhrase() + "?",
                                "When you feel " + w.feelingPhrase() + ", what happens inside you?",
                                "How are you with feeling " + w.feelingPhrase() + " right now?"),
                        seed);
            case MINIMISING ->
                Variants.pick(
                        List.of(
                                "What's underneath that for you, do you think?",
                                "How is it for you, talking about this at all?",
                                "What does it feel like when you say it's fine?"),
                        seed);
            case ASKS_FOR_IDEAS ->
                Variants.pick(
                        List.of(
                                "Before any ideas from me, what feels most stuck for you?",
                                "What would feel like a good outcome to you?",
                                "How does it feel, not having an answer yet?"),
                        seed);
            case ASKED_SOMETHING ->
                Variants.pick(
                        List.of(
                                "How does it feel to be asking that?",
                                "What's it like for you, not knowing?",
                                "What feels most uncertain for you right now?"),
                        seed);
            case PAINFUL ->
                Variants.pick(
                        List.of(
                                "That sounds like a lot to carry. What has it been like for you?",
                                "What's that been like for you, living with it?",
                                "How are you holding up with all of this?"),
                        seed);
            case PLAIN ->
                Variants.pick(
                        List.of(
                                "What's that been like for you?",
                                "What happens inside you when you think about it?",
                                "How does that sit with you?",
                                "What do you feel when you picture it?"),
                        seed);
        };
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
                List.of(
                        "Has this happened before?",
                        "Did you talk to anyone about it?",
                        "Is that still going on?",
                        "Was that recently?"),
                seed);
    }

    private static String pushing(Moment moment, long seed) {
        List<String> options =
                switch (moment) {
                    case FEELING, PAINFUL ->
                        List.of(
                                "Don't worry, I'm sure it will all work out.",
                                "Try not to dwell on it, you'll be fine.",
                                "Honestly, everyone goes through this, it's no big deal.",
                                "Look on the bright side, it could be worse.");
                    case MINIMISING ->
                        List.of(
                                "Come on, you know that's not true.",
                                "You should stop brushing it off and deal with it.",
                                "Honestly, you are being a bit defensive about it.");
                    case ASKS_FOR_IDEAS, ASKED_SOMETHING ->
                        List.of(
                                "You should just talk to them directly.",
                                "What you need is a clear plan, written down.",
                                "Have you tried blocking out time for it first thing?");
                    case PLAIN ->
                        List.of(
                                "You should just talk to them directly.",
                                "Have you tried writing it all down first?",
                                "Why don't you raise it at your next one-to-one?",
                                "You need to set some firmer boundaries.");
                };
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
