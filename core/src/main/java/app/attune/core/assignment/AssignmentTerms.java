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
            throw new AssignmentRefused(
                    AssignmentRefused.Field.NOTE, "The difficulty note can hold at most 500 characters.");
        }
        if (passThreshold < 0 || passThreshold > 100) {
            throw new AssignmentRefused(
                    AssignmentRefused.Field.PASS_THRESHOLD,
                    "The pass mark is an overall score from 0 to 100 (0: any finished attempt passes).");
        }
        if (attemptLimit.isPresent() && (attemptLimit.getAsInt() < 1 || attemptLimit.getAsInt() > 50)) {
            throw new AssignmentRefused(
                    AssignmentRefused.Field.ATTEMPT_LIMIT,
                    "Allow from 1 to 50 attempts, or leave the limit empty for no limit.");
        }
    }

    /** The same terms with another due date and attempt limit (what a facilitator can change later). */
    public AssignmentTerms withDueAndLimit(Optional<LocalDate> newDue, OptionalInt newLimit) {
        return new AssignmentTerms(newDue, difficultyNote, passThreshold, newLimit, hints, guided, revealStyle);
    }

    /** Sensible defaults: no due date, pass at 60, unlimited attempts, aids off. */
    public static AssignmentTerms defaults() {
        return new AssignmentTerms(Optional.empty(), "", 60, OptionalInt.empty(), false, false, false);
    }
}
