package app.attune.grading.classify;

/**
 * Finds emotive evidence in a sentence: a named feeling or body sensation from the lexicon, an
 * experience phrase ("what was that like", "how did that land"), a bare "feel" ("how does it feel"),
 * or a short question that only points back at a feeling the client just named ("is it still like
 * that now?").
 */
final class EmotiveReader {

    /** A question that only refers back ("is it still like that?") needs something to refer with. */
    private static final java.util.Set<String> REFERENTS = java.util.Set.of("it", "that", "this", "both");

    private static final java.util.Set<String> PERCEIVE =
            java.util.Set.of("notice", "noticed", "sense", "experience", "get", "gets", "happen", "happens", "start");

    private final Lexicons lex;
    private final PatternSet phrases;
    private final WordClass feeling;
    private final WordClass body;

    EmotiveReader(Lexicons lex) {
        this.lex = lex;
        this.phrases = lex.patterns("emotive");
        this.feeling = lex.wordClass("feeling");
        this.body = lex.wordClass("body");
    }

    void read(SentenceFacts f, ClientLine client) {
        Sentence s = f.sentence;
        PatternSet.Match m = phrases.find(s);
        if (m != null) {
            f.emotive = m.evidence();
            return;
        }
        String named = namedFeeling(s);
        if (named != null) {
            f.emotive = named;
            f.emotiveNamed = true;
            return;
        }
        for (String w : s.words()) {
            if (Words.FEEL.contains(w)) {
                f.emotive = w;
                return;
            }
        }
        if (f.isQuestion() && client.emotionalWord() != null && pointsBackOnly(s) && Words.hasAny(s, REFERENTS)) {
            f.emotive = s.text() + " (stays with '" + client.emotionalWord() + "')";
        }
    }

    /** The first named feeling or body word (or phrase) in the sentence, or null. */
    String namedFeeling(Sentence s) {
        String[] w = s.words();
        for (int i = 0; i < w.length; i++) {
            int end = Math.max(feeling.matchEnd(w, i), body.matchEnd(w, i));
            if (end > i) {
                return s.span(i, end);
            }
        }
        return null;
    }

    private boolean pointsBackOnly(Sentence s) {
        if (s.size() > 9) {
            return false;
        }
        for (String w : s.words()) {
            if (!lex.isStop(w) && !lex.is("deictic", w) && !lex.is("aux", w) && !PERCEIVE.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
