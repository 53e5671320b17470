package app.attune.grading.classify;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the sentence findings into one set of codes and applies the rules of thumb:
 *
 * <ul>
 *   <li>at most one question code: the last question decides, and advice asked as a question is
 *       always ADVISE + CLOSED_QUESTION;
 *   <li>at most one reflection code: complex wins;
 *   <li>echo-only reflections and unmarked information give way to a stronger statement function;
 *   <li>AUTONOMY with ADVISE is advice with permission: ADVISE is dropped;
 *   <li>EMOTIVE only rides on a question, reflection, VALIDATE or PROCESS;
 *   <li>DEFLECT from the moment (see {@link Deflection});
 *   <li>OTHER when nothing else was found. A greeting or courtesy is also OTHER beside other codes
 *       ("Hi, good to see you. Where would you like to start?"), as in the labelled dev set.
 * </ul>
 */
final class Resolver {

    private static final Set<MoveCode> EXPLAINS_STATEMENT = EnumSet.of(
            MoveCode.AFFIRM,
            MoveCode.VALIDATE,
            MoveCode.REPAIR,
            MoveCode.PROCESS,
            MoveCode.CONFRONT,
            MoveCode.REASSURE);
    private static final Set<MoveCode> EMOTIVE_CARRIERS = EnumSet.of(
            MoveCode.OPEN_QUESTION,
            MoveCode.CLOSED_QUESTION,
            MoveCode.REFLECTION_SIMPLE,
            MoveCode.REFLECTION_COMPLEX,
            MoveCode.VALIDATE,
            MoveCode.PROCESS);

    private final Deflection deflection;
    private final PatternSet summaryCues;

    Resolver(Deflection deflection, PatternSet summaryCues) {
        this.deflection = deflection;
        this.summaryCues = summaryCues;
    }

    ClassifiedMove resolve(List<SentenceFacts> sentences, ClientLine client, String note) {
        Map<MoveCode, String> codes = new EnumMap<>(MoveCode.class);
        for (SentenceFacts f : sentences) {
            f.codes.forEach(codes::putIfAbsent);
        }
        resolveQuestion(sentences, codes);
        resolveReflection(sentences, codes);
        upgradeSummary(sentences, codes);
        resolveEmotive(sentences, codes);
        if (codes.containsKey(MoveCode.AUTONOMY)) {
            codes.remove(MoveCode.ADVISE);
        }
        String deflect = deflection.evidence(sentences, codes, client);
        if (deflect != null) {
            codes.put(MoveCode.DEFLECT, deflect);
        }
        String social = null;
        String shift = null;
        for (SentenceFacts f : sentences) {
            social = social == null ? f.social : social;
            shift = shift == null ? f.shift : shift;
        }
        if (social != null) {
            codes.put(MoveCode.OTHER, social);
        } else if (codes.isEmpty()) {
            codes.put(MoveCode.OTHER, shift != null ? "structuring: " + shift : "no coaching move found");
        }
        if (note != null) {
            codes.replaceAll((c, e) -> e + " " + note);
        }
        return new ClassifiedMove(codes.keySet(), codes);
    }

    private static void resolveQuestion(List<SentenceFacts> sentences, Map<MoveCode, String> codes) {
        SentenceFacts last = null;
        SentenceFacts advice = null;
        for (SentenceFacts f : sentences) {
            if (f.isQuestion()) {
                last = f;
            }
            if (f.adviceQuestion != null && advice == null) {
                advice = f;
            }
        }
        if (advice != null) {
            codes.put(MoveCode.CLOSED_QUESTION, advice.questionEvidence);
        } else if (last != null) {
            MoveCode code = last.question == QuestionKind.OPEN ? MoveCode.OPEN_QUESTION : MoveCode.CLOSED_QUESTION;
            codes.put(code, last.questionEvidence);
        }
    }

    private static void resolveReflection(List<SentenceFacts> sentences, Map<MoveCode, String> codes) {
        boolean strongStatement = codes.keySet().stream().anyMatch(EXPLAINS_STATEMENT::contains);
        boolean otherStatement = strongStatement
                || codes.containsKey(MoveCode.ADVISE)
                || codes.containsKey(MoveCode.INFORM)
                || codes.containsKey(MoveCode.AUTONOMY);
        String simple = null;
        String complex = null;
        boolean anyStrongReflection = false;
        for (SentenceFacts f : sentences) {
            if (f.reflection == null || (f.reflectionWeak && otherStatement)) {
                continue;
            }
            anyStrongReflection |= !f.reflectionWeak;
            if (f.reflection == MoveCode.REFLECTION_COMPLEX && complex == null) {
                complex = f.reflectionEvidence;
            } else if (simple == null) {
                simple = f.reflectionEvidence;
            }
        }
        if (complex != null) {
            codes.put(MoveCode.REFLECTION_COMPLEX, complex);
        } else if (simple != null) {
            codes.put(MoveCode.REFLECTION_SIMPLE, simple);
        }
        boolean anyReflection = complex != null || simple != null;
        if (!otherStatement && !anyReflection) {
            for (SentenceFacts f : sentences) {
                if (f.weakInform != null && f.reflection == null) {
                    codes.put(MoveCode.INFORM, f.weakInform);
                    break;
                }
            }
        }
    }

    /** A simple reflection inside an announced summary ("let me check I've got this") links things: complex. */
    private void upgradeSummary(List<SentenceFacts> sentences, Map<MoveCode, String> codes) {
        String simple = codes.get(MoveCode.REFLECTION_SIMPLE);
        if (simple == null) {
            return; // most turns: the summary patterns are not read at all
        }
        for (SentenceFacts f : sentences) {
            PatternSet.Match cue = summaryCues.find(f.sentence);
            if (cue != null) {
                codes.remove(MoveCode.REFLECTION_SIMPLE);
                codes.put(MoveCode.REFLECTION_COMPLEX, simple + " … a summary: " + cue.evidence());
                return;
            }
        }
    }

    private static void resolveEmotive(List<SentenceFacts> sentences, Map<MoveCode, String> codes) {
        if (codes.keySet().stream().noneMatch(EMOTIVE_CARRIERS::contains)) {
            return;
        }
        for (SentenceFacts f : sentences) {
            if (f.emotive == null || f.isPushOrInformOnly() || f.adviceQuestion != null) {
                continue; // "why don't you tell them how you feel?" steers, it does not invite the feeling
            }
            boolean processOnly = f.has(MoveCode.PROCESS) && !f.isQuestion() && f.reflection == null;
            if (!f.emotiveNamed && processOnly) {
                continue; // "each time we get near how you're feeling" names the topic, not a feeling
            }
            boolean carried = f.isQuestion()
                    || f.reflection != null
                    || f.has(MoveCode.VALIDATE)
                    || f.has(MoveCode.PROCESS)
                    || f.codes.isEmpty();
            if (carried) {
                codes.put(MoveCode.EMOTIVE, f.emotive);
                return;
            }
        }
    }
}
