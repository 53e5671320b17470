package app.attune.grading.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns typed chat into sentences of normalised words: lower case, straight quotes, contractions and
 * common typos expanded ("dont" -> "do not", "would of" -> "would have"), sentences split on . ! ? ;
 * : and line breaks, clause boundaries on commas and dashes. Anything that is not a letter or digit
 * (emoji, markup characters) separates words, so odd input degrades to fewer words, never an error.
 */
final class Normalizer {

    /** Longer input is cut: a coaching turn is a few sentences; 20,000 characters is not one. */
    static final int MAX_CHARS = 2000;

    private static final Set<String> IS_AFTER = Set.of(
            "it",
            "that",
            "what",
            "where",
            "who",
            "how",
            "when",
            "there",
            "here",
            "he",
            "she",
            "everything",
            "nothing",
            "something",
            "everyone",
            "this",
            "which",
            "why",
            "one",
            "life",
            "anything",
            "nobody",
            "somebody");
    private static final Set<String> MODALS = Set.of("would", "could", "should", "must", "might");

    private final Map<String, String[]> replacements;

    Normalizer(Map<String, String[]> replacements) {
        this.replacements = replacements;
    }

    Text analyse(String raw) {
        String s = raw == null ? "" : raw;
        int originalLength = s.length();
        boolean truncated = s.length() > MAX_CHARS;
        if (truncated) {
            s = s.substring(0, MAX_CHARS);
        }
        List<Sentence> sentences = new ArrayList<>();
        SentenceBuilder current = new SentenceBuilder();
        StringBuilder word = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = fold(s.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '-')
                    && word.length() > 0
                    && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                word.append(c);
            } else if (c == '.'
                    && word.length() > 0
                    && i + 1 < n
                    && Character.isDigit(s.charAt(i + 1))
                    && Character.isDigit(word.charAt(word.length() - 1))) {
                word.append(c); // a decimal number, not a sentence end
            } else {
                flushWord(word, current);
                switch (c) {
                    case '?' -> current.question = true;
                    case '!' -> current.exclamation = true;
                    case ',', '-', '\u2013', '\u2014', '(', ')' -> current.clauseBreak();
                    default -> {}
                }
                if (c == '.' || c == '?' || c == '!' || c == ';' || c == ':' || c == '\n' || c == '\u2026') {
                    boolean moreTerminators = i + 1 < n && isTerminator(s.charAt(i + 1));
                    if (!moreTerminators) {
                        current.finish(sentences);
                        current = new SentenceBuilder();
                    }
                }
            }
        }
        flushWord(word, current);
        current.finish(sentences);
        return new Text(List.copyOf(sentences), originalLength, truncated);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d' -> '"';
            default -> c;
        };
    }

    private void flushWord(StringBuilder word, SentenceBuilder sentence) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        w = trimMarks(w);
        if (w.isEmpty()) {
            return;
        }
        String[] replaced = replacements.get(w);
        if (replaced != null) {
            for (String r : replaced) {
                sentence.add(r);
            }
            return;
        }
        expandClitics(w, sentence);
    }

    private static String trimMarks(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && (w.charAt(a) == '\'' || w.charAt(a) == '-')) {
            a++;
        }
        while (b > a && (w.charAt(b - 1) == '\'' || w.charAt(b - 1) == '-')) {
            b--;
        }
        return w.substring(a, b);
    }

    /** Generic clitics the replacement table does not list ("needn't", "team's", "nurses'"). */
    private void expandClitics(String w, SentenceBuilder sentence) {
        if (w.endsWith("n't") && w.length() > 3) {
            sentence.add(w.substring(0, w.length() - 3));
            sentence.add("not");
        } else if (w.endsWith("'s") && w.length() > 2) {
            String base = w.substring(0, w.length() - 2);
            sentence.add(base);
            if (IS_AFTER.contains(base)) {
                sentence.add("is");
            }
        } else if (w.endsWith("'re")) {
            sentence.add(w.substring(0, w.length() - 3));
            sentence.add("are");
        } else if (w.endsWith("'ve")) {
            sentence.add(w.substring(0, w.length() - 3));
            sentence.add("have");
        } else if (w.endsWith("'ll")) {
            sentence.add(w.substring(0, w.length() - 3));
            sentence.add("will");
        } else if (w.endsWith("'d")) {
            sentence.add(w.substring(0, w.length() - 2));
            sentence.add("would");
        } else if (w.endsWith("'m")) {
            sentence.add(w.substring(0, w.length() - 2));
            sentence.add("am");
        } else {
            sentence.add(w.replace("'", ""));
        }
    }

    /** Collects one sentence's words and clause boundaries, then applies word-pair repairs. */
    private static final class SentenceBuilder {
        private final List<String> words = new ArrayList<>();
        private final List<Boolean> starts = new ArrayList<>();
        private boolean pendingStart = true;
        boolean question;
        boolean exclamation;

        void add(String w) {
            if (w.isEmpty()) {
                return;
            }
            int last = words.size() - 1;
            // "would of" is "would have"; "your going" is "you are going".
            if (w.equals("of") && last >= 0 && MODALS.contains(words.get(last))) {
                w = "have";
            }
            if (last >= 0 && words.get(last).equals("your") && w.endsWith("ing") && w.length() > 4) {
                words.set(last, "you");
                words.add("are");
                starts.add(false);
            }
            words.add(w.toLowerCase(Locale.ROOT));
            starts.add(pendingStart);
            pendingStart = false;
        }

        void clauseBreak() {
            pendingStart = true;
        }

        void finish(List<Sentence> out) {
            if (words.isEmpty()) {
                return;
            }
            String[] w = words.toArray(String[]::new);
            boolean[] cs = new boolean[w.length];
            boolean[] breaks = new boolean[w.length];
            for (int i = 0; i < w.length; i++) {
                cs[i] = starts.get(i);
                breaks[i] = cs[i];
            }
            // After leading fillers ("ok so what...", "and how..."), the clause starts again.
            Lexicons lex = Lexicons.get();
            for (int i = 0; i + 1 < w.length; i++) {
                if (cs[i] && lex.isFiller(w[i])) {
                    cs[i + 1] = true;
                }
            }
            out.add(new Sentence(w, cs, breaks, question, exclamation));
        }
    }
}
