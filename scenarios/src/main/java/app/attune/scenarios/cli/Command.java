package app.attune.scenarios.cli;

/** What {@code play} was asked to do. */
enum Command {
    HELP,
    LIST,
    CHECK,
    PLAY
}
