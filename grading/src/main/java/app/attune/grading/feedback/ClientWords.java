package app.attune.grading.feedback;

import app.attune.grading.classify.ClientCues;
import java.util.Locale;

/**
 * The client's own words that a suggestion can reuse: the feeling they named, or a short quote from
 * their line. Quoting avoids turning "I" into "you" by rule, which reads badly when it goes wrong.
 */
record ClientWords(String feeling, String feelingPhrase, String quote) {

    private static final int QUOTE_WORDS = 6;

    static ClientWords of(String clientLine, ClientCues cues) {
        return new ClientWords(cues.feelingWord(), cues.feelingPhrase(), quote(clientLine));
    }

    boolean hasFeeling() {
        return feeling != null && !feeling.isBlank();
    }

    boolean hasQuote() {
        return quote != null && !quote.isBlank();
    }

    /** The first clause of the client's line, at most six words, without end punctuation. */
    static String quote(String line) {
        if (line == null || line.isBlank()) {
            return null;
        }
        String first = line.strip().split("(?<=[.!?])\\s+|[,;:]\\s*")[0];
        String[] words = first.replaceAll("[.!?\"“”]+$", "").split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(QUOTE_WORDS, words.length); i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        String q = b.toString().toLowerCase(Locale.ROOT).replaceAll("[\"“”()]", "");
        return words.length > QUOTE_WORDS ? q + "…" : q;
    }
}
