package app.attune.grading.classify;

/**
 * Finds emotive evidence in a sentence: a named feeling or body sensation from the lexicon, an
 * experience phrase ("what was that like", "how did that land"), a bare "feel" ("how does it feel"),
 * or a short question that only points back at a feeling the client just named ("is it still like
 * that now?").
 */
final class EmotiveReader {

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
            return;
        }
        for (String w : s.words()) {
            if (Words.FEEL.contains(w)) {
                f.emotive = w;
                f.emotiveOnlyGeneric = true;
                return;
            }
        }
        if (f.isQuestion() && client.feelingWord() != null && pointsBackOnly(s)) {
            f.emotive = s.text() + " (stays with '" + client.feelingWord() + "')";
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
            if (!lex.isStop(w) && !lex.is("deictic", w) && !lex.is("aux", w)) {
                return false;
            }
        }
        return true;
    }
}
