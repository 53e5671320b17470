package app.attune.core.assignment;

import app.attune.core.account.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One trainee on one assignment: state, attempts used, best overall score, last activity, stalled. */
public record TraineeProgress(
        AssignmentId assignment,
        UserId trainee,
        String traineeName,
        ProgressState state,
        boolean stalled,
        int attempts,
        OptionalInt bestScore,
        Optional<Instant> lastActivity) {}
