package app.attune.grading.feedback;

import app.attune.grading.classify.ClientCues;

/**
 * The client's own feeling word that a suggestion can reuse. Suggestions never quote other scraps of
 * the client's line: "How does 'hm' feel?" reads as broken, so without a feeling word they are
 * written for the moment instead.
 */
record ClientWords(String feeling, String feelingPhrase) {

    static ClientWords of(String clientLine, ClientCues cues) {
        return new ClientWords(cues.feelingWord(), cues.feelingPhrase());
    }

    boolean hasFeeling() {
        return feeling != null && !feeling.isBlank();
    }
}
