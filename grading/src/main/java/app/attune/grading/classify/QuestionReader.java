package app.attune.grading.classify;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a sentence asks a question and whether it is open or closed, with or without a
 * question mark: a wh-word followed by a verb at the start of a clause ("what was that like for
 * you"), an auxiliary followed by a subject ("did you feel threatened by that"), an invitation ("tell
 * me more", "I'm wondering how..."), or a statement ending in "?" (closed). When a sentence holds
 * two questions ("where do you park, is it the staff car park?") the last one decides, because that
 * is the one the client answers.
 */
final class QuestionReader {

    private static final Set<String> EVALUATIVE_WHICH =
            Set.of("feels", "feel", "matters", "matter", "stands", "hardest", "heaviest", "most", "worst", "best");
    private static final Set<String> DISCOURSE_ONLY = Set.of(
            "honestly",
            "really",
            "seriously",
            "sorry",
            "yes",
            "ok",
            "right",
            "yeah",
            "no",
            "oh",
            "hmm",
            "mm",
            "what",
            "pardon",
            "sure");

    private final Lexicons lex;
    private final PatternSet openInvite;
    private final PatternSet closedFact;
    private final PatternSet adviceQuestion;
    private final PatternSet scale;

    QuestionReader(Lexicons lex) {
        this.lex = lex;
        this.openInvite = lex.patterns("open-invite");
        this.closedFact = lex.patterns("closed-fact");
        this.adviceQuestion = lex.patterns("advise-question");
        this.scale = lex.patterns("scale");
    }

    void read(SentenceFacts f, List<PatternSet.Match> social) {
        Sentence s = f.sentence;
        if (s.questionMark() && s.size() == 1 && DISCOURSE_ONLY.contains(s.word(0))) {
            return; // "Honestly?" is a discourse marker, not a question
        }
        PatternSet.Match advice = adviceQuestion.find(s);
        if (advice != null && isReallyAdvice(s, advice)) {
            f.adviceQuestion = advice.evidence();
            f.question = QuestionKind.CLOSED;
            f.questionEvidence = advice.evidence();
            return;
        }
        int lastHead = -1;
        QuestionKind kind = QuestionKind.NONE;
        String evidence = null;
        for (int i = 0; i < s.size(); i++) {
            if (!s.clauseStart()[i] || PatternSet.covers(social, i)) {
                continue;
            }
            QuestionKind k = headAt(s, i);
            if (k == QuestionKind.CLOSED && kind != QuestionKind.NONE && isTrailingTag(s, i)) {
                continue; // "how does that show up now, do you think?" still asks the first question
            }
            if (k != QuestionKind.NONE) {
                lastHead = i;
                kind = k;
                evidence = s.span(i, i + 2);
                if (k == QuestionKind.CLOSED) {
                    PatternSet.Match fact = closedFact.matchAt(s, i);
                    if (fact != null) {
                        evidence = fact.evidence();
                    }
                }
            }
        }
        PatternSet.Match invite = openInvite.find(s);
        if (invite != null && (lastHead < 0 || invite.start() >= lastHead || kind == QuestionKind.OPEN)) {
            f.question = QuestionKind.OPEN;
            f.questionEvidence = invite.evidence();
            return;
        }
        if (kind == QuestionKind.NONE && s.questionMark()) {
            PatternSet.Match fact = closedFact.find(s);
            f.question = QuestionKind.CLOSED;
            f.questionEvidence = fact != null ? fact.evidence() : "statement ending in ?";
            f.questionByMarkOnly = fact == null;
            return;
        }
        if (kind == QuestionKind.OPEN && s.word(lastHead).equals("how") && scale.find(s) != null) {
            kind = QuestionKind.CLOSED; // "on a scale of 1 to 10, how important..." asks for a number
            evidence = scale.find(s).evidence() + " … " + evidence;
        }
        f.question = kind;
        f.questionEvidence = evidence;
    }

    /**
     * "Could you tell me more" is an invitation, not advice; in "why can't you just get on with it"
     * the accusing why leads, and the confrontation reader has it.
     */
    private boolean isReallyAdvice(Sentence s, PatternSet.Match advice) {
        if (openInvite.matchAt(s, advice.start()) != null) {
            return false;
        }
        int first = s.firstContentIndex();
        return !(s.word(first).equals("why") && advice.start() > first);
    }

    private static final Set<String> TAGS = Set.of(
            "do you think", "would you say", "do you reckon", "would you agree", "do not you think", "do you suppose");

    /** A tag that ends the sentence after an earlier question: "..., do you think?" */
    private static boolean isTrailingTag(Sentence s, int i) {
        return TAGS.contains(s.span(i, s.size()));
    }

    /** The question type if a question starts at word {@code i}, else NONE. */
    private QuestionKind headAt(Sentence s, int i) {
        String w = s.word(i);
        String next = s.word(i + 1);
        if (lex.is("wh", w)) {
            return whHead(s, i, w, next);
        }
        if (lex.is("aux", w) && (i + 1 < s.size())) {
            int subj = next.equals("not") ? i + 2 : i + 1;
            String subject = s.word(subj);
            if (!lex.is("subject", subject)) {
                return QuestionKind.NONE;
            }
            // "do it today" / "have a seat" are instructions, not questions
            boolean doOrHave = w.equals("do") || w.equals("have");
            if (doOrHave && !s.questionMark() && !Words.PRONOUN_SUBJECTS.contains(subject)) {
                return QuestionKind.NONE;
            }
            if (w.equals("do") && subject.equals("it") && !s.questionMark()) {
                return QuestionKind.NONE;
            }
            return QuestionKind.CLOSED;
        }
        return QuestionKind.NONE;
    }

    private QuestionKind whHead(Sentence s, int i, String w, String next) {
        if (next.isEmpty()) {
            // a bare "why?" or "how?" still asks; a trailing "what" does not
            return s.questionMark() && !w.equals("which") ? QuestionKind.OPEN : QuestionKind.NONE;
        }
        boolean q = s.questionMark();
        if (!q) {
            // statements that open with a wh-word: "what you did took courage", "how awful"
            if (Words.PRONOUN_SUBJECTS.contains(next) && !s.word(i + 2).endsWith("ing")) {
                return QuestionKind.NONE;
            }
            if ((w.equals("what") && (next.equals("a") || next.equals("an")))
                    || (w.equals("how") && lex.is("exclaimadj", next))) {
                return QuestionKind.NONE;
            }
            if (i > 0 && !lex.isFiller(s.word(i - 1)) && (w.equals("which") || w.equals("when") || w.equals("where"))) {
                return QuestionKind.NONE; // ", which isn't easy" is a relative clause
            }
        } else if (Words.PRONOUN_SUBJECTS.contains(next)
                && (w.equals("when") || w.equals("where"))
                && !lex.is("aux", s.word(i + 2))) {
            return QuestionKind.NONE; // "when you watch him do that, what..." is a subordinate clause
        }
        if (w.equals("when") && !lex.is("aux", next)) {
            return QuestionKind.NONE;
        }
        if (w.equals("when") && (next.equals("do") || next.equals("does"))) {
            return QuestionKind.OPEN; // "when do you notice it most" asks for the pattern, not a date
        }
        PatternSet.Match fact = closedFact.matchAt(s, i);
        if (fact != null) {
            if (w.equals("which") && Words.hasAny(s, EVALUATIVE_WHICH)) {
                return QuestionKind.OPEN;
            }
            return QuestionKind.CLOSED;
        }
        return QuestionKind.OPEN;
    }
}
