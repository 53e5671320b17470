package app.attune.grading.classify;

/**
 * What a client (persona) line shows, as the classifier reads it.
 *
 * @param feelingWord the first feeling or body word the client named, as they wrote it, or null
 * @param feelingPhrase that feeling in a form that follows "feeling ..." ("scared", "dread", "that
 *     knot"), or null
 * @param emotional the client named a feeling, a body sensation or something painful
 * @param askedSomething the line contains a question to the coach
 * @param asksForIdeas the client asked for ideas or advice, so a suggestion now is not a push
 */
public record ClientCues(
        String feelingWord, String feelingPhrase, boolean emotional, boolean askedSomething, boolean asksForIdeas) {}
