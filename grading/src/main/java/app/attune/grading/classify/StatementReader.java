package app.attune.grading.classify;

import app.attune.grading.MoveCode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the statement functions of a sentence from the pattern files (affirm, validate, autonomy,
 * process, repair, inform, advise, confront, reassure), plus two shapes that need a little grammar:
 * an instruction (a clause that opens with an advice verb) and a celebrated count ("Eleven!").
 */
final class StatementReader {

    /** After these the verb-like word is a noun subject: "exercise has not been a priority". */
    private static final Set<String> NOT_AN_INSTRUCTION_AFTER = Set.of(
            "me", "us", "you", "ahead", "going", "has", "is", "was", "were", "are", "had", "seems", "sounds", "will",
            "would", "can", "could", "might");

    private static final Set<String> CARRY_ON = Set.of("go", "carry", "hold", "hang", "come", "move", "get");
    private static final Set<String> SELF_CORRECTION = Set.of("that", "me", "this", "my");
    private static final Set<String> EMPATHIC_AFTER_THAT =
            Set.of("happened", "you", "this", "it", "he", "she", "they", "your", "was", "is");
    private static final Set<String> INTRODUCERS = Set.of("just", "maybe", "perhaps", "then", "next", "please");

    private final Lexicons lex;
    private final PatternSet affirm;
    private final PatternSet validate;
    private final PatternSet autonomy;
    private final PatternSet process;
    private final PatternSet repair;
    private final PatternSet inform;
    private final PatternSet advise;
    private final PatternSet confront;
    private final PatternSet reassure;
    private final PatternSet openInvite;

    StatementReader(Lexicons lex) {
        this.lex = lex;
        this.affirm = lex.patterns("affirm");
        this.validate = lex.patterns("validate");
        this.autonomy = lex.patterns("autonomy");
        this.process = lex.patterns("process");
        this.repair = lex.patterns("repair");
        this.inform = lex.patterns("inform");
        this.advise = lex.patterns("advise");
        this.confront = lex.patterns("confront");
        this.reassure = lex.patterns("reassure");
        this.openInvite = lex.patterns("open-invite");
    }

    void read(SentenceFacts f) {
        Sentence s = f.sentence;
        List<PatternSet.Match> reassured = reassure.findAll(s);
        if (!reassured.isEmpty()) {
            f.codes.put(MoveCode.REASSURE, reassured.get(0).evidence());
        }
        List<PatternSet.Match> confronted = confront.findAll(s);
        if (!confronted.isEmpty()) {
            f.codes.put(MoveCode.CONFRONT, confronted.get(0).evidence());
        }
        put(f, MoveCode.AFFIRM, affirm.find(s));
        PatternSet.Match validated = validate.find(s);
        if (validated != null && !PatternSet.covers(reassured, validated.start()) && !f.isQuestion()) {
            f.codes.put(MoveCode.VALIDATE, validated.evidence()); // "of course you are!" reassures
        }
        PatternSet.Match shared = autonomy.find(s);
        if (shared != null && !PatternSet.covers(confronted, shared.start())) {
            f.codes.put(MoveCode.AUTONOMY, shared.evidence()); // not "whatever you want to call it"
        }
        put(f, MoveCode.PROCESS, process.find(s));
        put(f, MoveCode.REPAIR, repairMatch(s));
        if (f.adviceQuestion != null) {
            f.codes.put(MoveCode.ADVISE, f.adviceQuestion);
        } else {
            PatternSet.Match advice = advise.find(s);
            if (advice != null && isNotAnInstruction(s, advice)) {
                advice = advise.find(s, advice.end());
            }
            if (advice != null
                    && !PatternSet.covers(reassured, advice.start())
                    && !PatternSet.covers(confronted, advice.start())) {
                f.codes.put(MoveCode.ADVISE, advice.evidence());
            }
        }
        if (!f.has(MoveCode.ADVISE) && (!f.isQuestion() || f.questionByMarkOnly)) {
            f.imperative = imperative(s, reassured, confronted);
            if (f.imperative != null) {
                f.codes.put(MoveCode.ADVISE, f.imperative);
                if (f.isQuestion()) {
                    f.adviceQuestion = f.imperative; // an instruction with a question mark
                }
            }
        }
        if (!f.isQuestion()
                && !f.has(MoveCode.REASSURE)
                && !f.has(MoveCode.ADVISE)
                && !f.has(MoveCode.CONFRONT)
                && !f.has(MoveCode.AFFIRM)
                && !f.has(MoveCode.VALIDATE)) {
            put(f, MoveCode.INFORM, inform.find(s));
        }
        if (s.exclamation()
                && !f.isQuestion()
                && s.size() <= 4
                && Arrays.stream(s.words()).anyMatch(StatementReader::isCount)) {
            f.codes.putIfAbsent(MoveCode.AFFIRM, s.text() + "!");
        }
    }

    /**
     * "You must be exhausted", "you must have felt alone" guess at the client's state; "you should have
     * been told" blames someone else. Neither tells the client what to do.
     */
    private static boolean isNotAnInstruction(Sentence s, PatternSet.Match advice) {
        String next = s.word(advice.end());
        if (advice.evidence().endsWith("must")) {
            return next.equals("be") || next.equals("have");
        }
        return advice.evidence().endsWith("should")
                && next.equals("have")
                && s.word(advice.end() + 1).equals("been");
    }

    private static void put(SentenceFacts f, MoveCode code, PatternSet.Match m) {
        if (m != null) {
            f.codes.put(code, m.evidence());
        }
    }

    /** "Sorry" owns a misstep; "sorry to hear that" or "sorry you're going through this" is empathy. */
    private PatternSet.Match repairMatch(Sentence s) {
        PatternSet.Match m = repair.find(s);
        while (m != null && m.evidence().endsWith("sorry") && isEmpathicSorry(s, m.end())) {
            m = repair.find(s, m.end());
        }
        return m;
    }

    private static boolean isEmpathicSorry(Sentence s, int next) {
        String a = s.word(next);
        String b = s.word(next + 1);
        return a.equals("to")
                || a.equals("you")
                || ((a.equals("for") || a.equals("about")) && (b.equals("your") || b.equals("the")))
                || (a.equals("that") && EMPATHIC_AFTER_THAT.contains(b));
    }

    /** A clause that opens with an instruction verb: "book them in", "no, keep it to yourself". */
    private String imperative(Sentence s, List<PatternSet.Match> reassured, List<PatternSet.Match> confronted) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.clauseStart()[i]) {
                continue;
            }
            int v = i;
            while (v < s.size() - 1 && INTRODUCERS.contains(s.word(v))) {
                v++;
            }
            if (v == i && s.word(v).equals("time") && i > 0 && s.word(i - 1).equals("next")) {
                continue;
            }
            String verb = s.word(v);
            if (!lex.is("adviseverb", verb) || NOT_AN_INSTRUCTION_AFTER.contains(s.word(v + 1))) {
                continue;
            }
            if (lex.is("aux", verb)
                    && lex.is("subject", s.word(v + 1))
                    && Words.PRONOUN_SUBJECTS.contains(s.word(v + 1))) {
                continue; // "do you..." is a question
            }
            if (lex.wordClass("feeling").matchEnd(s.words(), v) > v + 1) {
                continue; // "let down" is a feeling, not an instruction
            }
            if (verb.equals("take")
                    && s.word(v + 1).equals("your")
                    && s.word(v + 2).equals("time")) {
                continue; // a courtesy, not an instruction
            }
            if (s.word(v + 1).equals("on") && CARRY_ON.contains(verb)) {
                continue; // "go on", "hold on": an invitation or a pause; "sleep on it" still advises
            }
            if (verb.equals("ignore") && SELF_CORRECTION.contains(s.word(v + 1))) {
                continue; // "oops, ignore that" corrects a typo
            }
            if (PatternSet.covers(reassured, v) || PatternSet.covers(confronted, v)) {
                continue;
            }
            if (openInvite.matchAt(s, i) != null || openInvite.matchAt(s, v) != null) {
                continue;
            }
            return s.span(i, Math.min(s.size(), v + 3));
        }
        return null;
    }

    private static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "fifty", "hundred", "every", "all", "whole");

    private static boolean isCount(String w) {
        return NUMBER_WORDS.contains(w) || (!w.isEmpty() && Character.isDigit(w.charAt(0)));
    }
}
