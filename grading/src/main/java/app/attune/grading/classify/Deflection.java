package app.attune.grading.classify;

import app.attune.grading.MoveCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DEFLECT depends on the moment: the client has just named a feeling, a body sensation or something
 * painful, did not ask the coach anything, and the turn neither engages with that (no emotive move,
 * reflection, validation, reassurance, repair...) nor stays open-ended, but changes the subject, asks
 * for facts, gives advice or information, or opens a task-focused question. The same words after a
 * neutral line are structuring (OTHER) or just a question.
 */
final class Deflection {

    private static final Set<MoveCode> ENGAGES = EnumSet.of(
            MoveCode.EMOTIVE,
            MoveCode.REFLECTION_SIMPLE,
            MoveCode.REFLECTION_COMPLEX,
            MoveCode.VALIDATE,
            MoveCode.AFFIRM,
            MoveCode.REASSURE,
            MoveCode.REPAIR,
            MoveCode.PROCESS,
            MoveCode.AUTONOMY,
            MoveCode.CONFRONT);

    private final Lexicons lex;
    private final PatternSet reflectionCue;

    Deflection(Lexicons lex) {
        this.lex = lex;
        this.reflectionCue = lex.patterns("reflection-cue");
    }

    /** The evidence for DEFLECT, or null. {@code codes} are the turn's codes before this rule. */
    String evidence(List<SentenceFacts> sentences, Map<MoveCode, String> codes, ClientLine client) {
        String shift = null;
        for (SentenceFacts f : sentences) {
            if (f.shift != null) {
                shift = f.shift;
                break;
            }
        }
        if (!client.emotional() || codes.keySet().stream().anyMatch(ENGAGES::contains)) {
            return null;
        }
        String after = " (after '" + (client.emotionalWord() != null ? client.emotionalWord() : "that") + "')";
        if (shift != null) {
            return shift + after;
        }
        if (client.askedSomething()) {
            return null;
        }
        if (codes.containsKey(MoveCode.CLOSED_QUESTION) && !checksAReflection(sentences)) {
            return codes.get(MoveCode.CLOSED_QUESTION) + after;
        }
        if (codes.containsKey(MoveCode.ADVISE)) {
            return codes.get(MoveCode.ADVISE) + after;
        }
        if (codes.containsKey(MoveCode.INFORM)) {
            return codes.get(MoveCode.INFORM) + after;
        }
        if (codes.containsKey(MoveCode.OPEN_QUESTION)) {
            for (SentenceFacts f : sentences) {
                if (f.question == QuestionKind.OPEN) {
                    for (String w : f.sentence.words()) {
                        if (lex.is("logistics", w)) {
                            return codes.get(MoveCode.OPEN_QUESTION) + " … " + w + after;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * "So the old way of coping is still running the show?" is a reflection offered for checking,
     * with a question mark: it stays with what the client said.
     */
    private boolean checksAReflection(List<SentenceFacts> sentences) {
        for (SentenceFacts f : sentences) {
            if (f.questionByMarkOnly && reflectionCue.find(f.sentence) != null) {
                return true;
            }
        }
        return false;
    }
}
