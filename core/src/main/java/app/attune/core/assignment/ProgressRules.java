package app.attune.core.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How a trainee's attempts on an assignment become a state. Passed: a completed attempt whose
 * overall score reaches the pass threshold (the pass mark). Not passed yet: completed attempts, all
 * below it. Past due: the due date has passed with nothing completed. Stalled (shown beside the
 * state): an unfinished attempt idle for {@link #IDLE} or more, or assigned {@link #NOT_STARTED_GRACE} ago and not started.
 * Public so program insights classify trainees exactly as the cohort page does.
 */
public final class ProgressRules {
    static final Duration IDLE = Duration.ofDays(3);
    static final Duration NOT_STARTED_GRACE = Duration.ofDays(7);

    private ProgressRules() {}

    public static ProgressState state(ProgressRow row, LocalDate today) {
        if (row.completed() > 0) {
            return row.best() != null && row.best() >= row.passThreshold()
                    ? ProgressState.PASSED
                    : ProgressState.NOT_PASSED;
        }
        if (row.dueOn() != null && row.dueOn().isBefore(today)) {
            return ProgressState.PAST_DUE;
        }
        return row.attempts() > 0 ? ProgressState.IN_PROGRESS : ProgressState.NOT_STARTED;
    }

    public static boolean stalled(ProgressRow row, Instant now) {
        if (row.completed() > 0) {
            return false;
        }
        if (row.unfinished() > 0) {
            return row.lastActivity() != null && row.lastActivity().plus(IDLE).isBefore(now);
        }
        return row.assignedAt().plus(NOT_STARTED_GRACE).isBefore(now);
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
