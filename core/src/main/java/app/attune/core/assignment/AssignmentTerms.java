package app.attune.core.assignment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a facilitator sets when assigning a scenario: due date, a note on difficulty, the overall
 * score that counts as a pass, how many attempts, and which practice aids are on.
 */
public record AssignmentTerms(
        Optional<LocalDate> due,
        String difficultyNote,
        int passThreshold,
        OptionalInt attemptLimit,
        boolean hints,
        boolean guided,
        boolean revealStyle) {

    public AssignmentTerms {
        due = due == null ? Optional.empty() : due;
        attemptLimit = attemptLimit == null ? OptionalInt.empty() : attemptLimit;
        difficultyNote = difficultyNote == null ? "" : difficultyNote.strip();
        if (difficultyNote.length() > 500) {
            throw new IllegalArgumentException("The difficulty note can hold at most 500 characters.");
        }
        if (passThreshold < 0 || passThreshold > 100) {
            throw new IllegalArgumentException("The pass threshold is an overall score from 0 to 100.");
        }
        if (attemptLimit.isPresent() && (attemptLimit.getAsInt() < 1 || attemptLimit.getAsInt() > 50)) {
            throw new IllegalArgumentException("The attempt limit must be between 1 and 50 (or none).");
        }
    }

    /** Sensible defaults: no due date, pass at 60, unlimited attempts, aids off. */
    public static AssignmentTerms defaults() {
        return new AssignmentTerms(Optional.empty(), "", 60, OptionalInt.empty(), false, false, false);
    }
}
