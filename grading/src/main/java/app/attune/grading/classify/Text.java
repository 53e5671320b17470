package app.attune.grading.classify;

import java.util.List;

/**
 * A line of chat after normalisation: its sentences, and whether it was cut to {@link
 * Normalizer#MAX_CHARS} characters first.
 */
record Text(List<Sentence> sentences, int originalLength, boolean truncated) {

    boolean isEmpty() {
        return sentences.stream().allMatch(Sentence::isEmpty);
    }

    int wordCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }

    /** The last sentence ends with a question mark: the client asked something. */
    boolean endsWithQuestion() {
        return !sentences.isEmpty() && sentences.get(sentences.size() - 1).questionMark();
    }

    boolean anyQuestionMark() {
        return sentences.stream().anyMatch(Sentence::questionMark);
    }
}
