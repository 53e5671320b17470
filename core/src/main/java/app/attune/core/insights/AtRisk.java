package app.attune.core.insights;

import app.attune.core.account.UserId;
import app.attune.core.assignment.ProgressState;
import java.time.Instant;

/**
 * A trainee who is stalled or past due on an assignment, by the cohort page's rules.
 *
 * @param since past due: the start of the day after the due date; stalled: the last activity, or when
 *     the assignment was made if nothing was started
 */
public record AtRisk(
        UserId trainee,
        String traineeName,
        String cohortName,
        String scenarioId,
        String scenarioTitle,
        ProgressState state,
        boolean stalled,
        Instant since) {

    public String reason() {
        if (state == ProgressState.PAST_DUE) {
            return stalled ? "Past due and stalled" : "Past due";
        }
        return state == ProgressState.NOT_STARTED ? "Stalled: not started" : "Stalled: idle";
    }
}
