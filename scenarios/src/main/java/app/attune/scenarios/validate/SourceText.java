package app.attune.scenarios.validate;

/** A scenario file's name (as it should appear in messages) and its text. */
public record SourceText(String name, String text) {}
