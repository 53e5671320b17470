package app.attune.grading.classify;

import java.util.Arrays;

/**
 * One sentence of normalised words. {@code clauseStart[i]} marks where a clause begins (sentence
 * start, after a comma or dash, or after leading fillers such as "ok, so"): question heads and
 * imperatives are only recognised there, which keeps "what you did took courage" a statement.
 * {@code breakBefore[i]} marks a real break (punctuation) before word i, where a clause can end.
 */
record Sentence(
        String[] words, boolean[] clauseStart, boolean[] breakBefore, boolean questionMark, boolean exclamation) {

    int size() {
        return words.length;
    }

    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    boolean isEmpty() {
        return words.length == 0;
    }

    String span(int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(Math.max(0, from), Math.min(to, words.length)));
    }

    String text() {
        return String.join(" ", words);
    }

    /** Index of the first word of the main clause, after leading fillers ("ok so", "right,"). */
    int firstContentIndex() {
        int i = 0;
        while (i < words.length && Lexicons.get().isFiller(words[i])) {
            i++;
        }
        return i;
    }
}
