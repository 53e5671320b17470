package app.attune.core.insights;

import java.util.OptionalDouble;

/**
 * The headline figures. Rates are shares (0..1) of assigned (assignment, trainee) pairs, empty when
 * nothing is assigned in scope.
 *
 * @param enrolled distinct trainees in the cohorts in scope
 * @param active distinct trainees who started an attempt in the period
 * @param assigned (assignment, trainee) pairs in scope
 * @param completedAttempts completed attempts in the period
 */
public record Kpis(
        int enrolled,
        int active,
        int assigned,
        int completed,
        int passed,
        int completedAttempts,
        OptionalDouble averageOverall) {

    public OptionalDouble completionRate() {
        return assigned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) completed / assigned);
    }

    public OptionalDouble passRate() {
        return assigned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / assigned);
    }
}
