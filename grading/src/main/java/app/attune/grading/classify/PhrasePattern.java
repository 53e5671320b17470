package app.attune.grading.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a pattern file, compiled. The notation is small on purpose, so the files stay readable
 * to the people who write coaching feedback:
 *
 * <pre>
 *   word         the word itself (after normalisation: "don't" is "do not")
 *   a|b|@class   any of these words, or any entry of a word class (lexicon file)
 *   word?        optional
 *   *            any one word
 *   ..  ..5      a gap of up to 3 (or N) words
 *   ^  (first)   must start a clause;   $ (last)  must end the sentence or clause
 * </pre>
 */
final class PhrasePattern {

    private sealed interface Element permits Alt, Any, Gap {}

    private record Alt(Set<String> words, List<WordClass> classes, boolean optional) implements Element {
        int matchEnd(String[] text, int i) {
            if (i >= text.length) {
                return -1;
            }
            int best = words.contains(text[i]) ? i + 1 : -1;
            for (WordClass c : classes) {
                best = Math.max(best, c.matchEnd(text, i));
            }
            return best;
        }
    }

    private record Any(boolean optional) implements Element {}

    private record Gap(int max) implements Element {}

    private final String source;
    private final Element[] elements;
    private final boolean anchored;
    private final boolean endAnchored;

    private PhrasePattern(String source, Element[] elements, boolean anchored, boolean endAnchored) {
        this.source = source;
        this.elements = elements;
        this.anchored = anchored;
        this.endAnchored = endAnchored;
    }

    static PhrasePattern compile(String line, Lexicons lexicons) {
        List<String> parts = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
        boolean anchored = !parts.isEmpty() && parts.get(0).equals("^");
        if (anchored) {
            parts.remove(0);
        }
        boolean endAnchored = !parts.isEmpty() && parts.get(parts.size() - 1).equals("$");
        if (endAnchored) {
            parts.remove(parts.size() - 1);
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty pattern: " + line);
        }
        Element[] els = new Element[parts.size()];
        for (int k = 0; k < els.length; k++) {
            els[k] = element(parts.get(k), lexicons, line);
        }
        return new PhrasePattern(line.trim(), els, anchored, endAnchored);
    }

    private static Element element(String token, Lexicons lexicons, String line) {
        if (token.equals("*")) {
            return new Any(false);
        }
        if (token.equals("*?")) {
            return new Any(true);
        }
        if (token.startsWith("..")) {
            return new Gap(token.length() == 2 ? 3 : Integer.parseInt(token.substring(2)));
        }
        boolean optional = token.endsWith("?") && token.length() > 1;
        String body = optional ? token.substring(0, token.length() - 1) : token;
        Set<String> words = new HashSet<>();
        List<WordClass> classes = new ArrayList<>();
        for (String alt : body.split("\\|")) {
            if (alt.startsWith("@")) {
                WordClass c = lexicons.wordClass(alt.substring(1));
                if (c == null) {
                    throw new IllegalArgumentException("unknown word class " + alt + " in pattern: " + line);
                }
                classes.add(c);
            } else if (!alt.isEmpty()) {
                words.add(alt);
            }
        }
        return new Alt(Set.copyOf(words), List.copyOf(classes), optional);
    }

    String source() {
        return source;
    }

    /** Literal words that can start a match, or null when the first element is a class or wildcard. */
    Set<String> firstWords() {
        if (elements[0] instanceof Alt a && !a.optional() && a.classes().isEmpty()) {
            return a.words();
        }
        return null;
    }

    /** End (exclusive) of a match starting exactly at {@code start}, or -1. */
    int matchAt(Sentence s, int start) {
        if (anchored && !s.clauseStart()[start]) {
            return -1;
        }
        return match(s, 0, start);
    }

    private int match(Sentence s, int e, int i) {
        String[] text = s.words();
        if (e == elements.length) {
            if (endAnchored && i < text.length && !s.breakBefore()[i]) {
                return -1;
            }
            return i;
        }
        Element el = elements[e];
        if (el instanceof Gap g) {
            for (int k = 0; k <= g.max() && i + k <= text.length; k++) {
                int r = match(s, e + 1, i + k);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (el instanceof Any any) {
            if (i < text.length) {
                int r = match(s, e + 1, i + 1);
                if (r >= 0) {
                    return r;
                }
            }
            return any.optional() ? match(s, e + 1, i) : -1;
        }
        Alt alt = (Alt) el;
        int end = alt.matchEnd(text, i);
        if (end > i) {
            int r = match(s, e + 1, end);
            if (r >= 0) {
                return r;
            }
            if (end > i + 1 && alt.words().contains(text[i])) {
                r = match(s, e + 1, i + 1);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return alt.optional() ? match(s, e + 1, i) : -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
