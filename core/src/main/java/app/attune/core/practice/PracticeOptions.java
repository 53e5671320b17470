package app.attune.core.practice;

/**
 * Optional help during a conversation: a hint line reacting to the last turn, and guided mode
 * (three candidate turns to pick from: one exploring, one closed, one pushing).
 */
public record PracticeOptions(boolean hints, boolean guided) {
    public static final PracticeOptions NONE = new PracticeOptions(false, false);
}
