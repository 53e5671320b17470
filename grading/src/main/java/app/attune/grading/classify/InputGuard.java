package app.attune.grading.classify;

import java.util.regex.Pattern;

/**
 * Input the classifier should not try to read: markup or script, and text that is not English.
 * Both get OTHER with a reason, never an exception.
 */
final class InputGuard {

    private static final Pattern MARKUP =
            Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript:", Pattern.CASE_INSENSITIVE);

    private final Lexicons lex;

    InputGuard(Lexicons lex) {
        this.lex = lex;
    }

    /** Why the raw text cannot be classified, or null if it can. */
    String rejectRaw(String raw) {
        if (raw == null || raw.isBlank()) {
            return "empty turn";
        }
        if ((raw.indexOf('<') >= 0 || raw.indexOf(':') >= 0)
                && MARKUP.matcher(raw).find()) {
            return "markup or script, not a coaching turn";
        }
        return null;
    }

    /** Why the normalised text cannot be classified, or null if it can. */
    String rejectText(Text t) {
        if (t.isEmpty()) {
            return "no words (emoji or symbols only)";
        }
        int words = 0;
        int english = 0;
        int nonLatin = 0;
        for (Sentence s : t.sentences()) {
            for (String w : s.words()) {
                words++;
                if (lex.isStop(w) || lex.isFiller(w) || lex.is("aux", w) || lex.is("greeting", w)) {
                    english++;
                }
                if (w.chars().anyMatch(c -> Character.isLetter(c) && c > 0x024F)) {
                    nonLatin++;
                }
            }
        }
        if (nonLatin * 2 > words || (words >= 3 && english == 0)) {
            return "not English";
        }
        return null;
    }
}
