package app.attune.grading.classify;

/** What kind of question a sentence asks, if any. */
enum QuestionKind {
    NONE,
    OPEN,
    CLOSED
}
