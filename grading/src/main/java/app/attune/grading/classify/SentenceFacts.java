package app.attune.grading.classify;

import app.attune.grading.MoveCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the readers found in one sentence. Kept per sentence because several rules are local: a
 * statement that is already advice or reassurance is not also a reflection, and a feeling word
 * inside "don't worry" is not an emotive move.
 */
final class SentenceFacts {

    final Sentence sentence;
    QuestionKind question = QuestionKind.NONE;
    String questionEvidence;
    String adviceQuestion;
    /** Closed only because a statement ends in "?" ("maybe ask for feedback?"). */
    boolean questionByMarkOnly;

    String imperative;
    String social;
    String shift;
    String emotive;
    boolean emotiveNamed;
    MoveCode reflection;
    String reflectionEvidence;
    boolean reflectionWeak;
    String weakInform;

    final Map<MoveCode, String> codes = new EnumMap<>(MoveCode.class);

    SentenceFacts(Sentence sentence) {
        this.sentence = sentence;
    }

    boolean has(MoveCode c) {
        return codes.containsKey(c);
    }

    boolean isQuestion() {
        return question != QuestionKind.NONE;
    }

    /** A statement function that explains the sentence, so it is not read as a reflection. */
    boolean hasStatementFunction() {
        for (MoveCode c : codes.keySet()) {
            if (c != MoveCode.REASSURE) {
                return true;
            }
        }
        return social != null || shift != null || imperative != null;
    }

    /** A sentence that only pushes or informs: a feeling word in it is not an emotive move. */
    boolean isPushOrInformOnly() {
        boolean pushes = has(MoveCode.REASSURE)
                || has(MoveCode.ADVISE)
                || has(MoveCode.CONFRONT)
                || has(MoveCode.INFORM)
                || imperative != null
                || social != null;
        return pushes && !isQuestion() && reflection == null && !has(MoveCode.VALIDATE) && !has(MoveCode.PROCESS);
    }
}
