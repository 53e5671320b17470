package app.attune.core.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which rows the figures read, resolved from the filter and the person's access.
 *
 * @param cohorts empty: every cohort (program-wide); present: only these (possibly none)
 * @param scenarios empty: every scenario; present: only these ids (from the scenario and style filters)
 * @param from inclusive start of the period
 * @param until exclusive end of the period
 */
record Scope(
        Optional<List<Long>> cohorts,
        Optional<List<String>> scenarios,
        Optional<Instant> from,
        Optional<Instant> until) {

    /** Appends the condition that the attempt's trainee is enrolled in a cohort in scope. */
    Sql traineeEnrolled(Sql sql, String traineeColumn) {
        sql.add(" AND EXISTS (SELECT 1 FROM cohort_members m WHERE m.user_id = " + traineeColumn);
        cohorts.ifPresent(ids -> sql.add(" AND ").in("m.cohort_id", ids));
        return sql.add(")");
    }

    Sql scenarioMatches(Sql sql, String scenarioColumn) {
        scenarios.ifPresent(ids -> sql.add(" AND ").in(scenarioColumn, ids));
        return sql;
    }

    Sql within(Sql sql, String timeColumn) {
        from.ifPresent(f -> sql.add(" AND " + timeColumn + " >= ?", f));
        until.ifPresent(u -> sql.add(" AND " + timeColumn + " < ?", u));
        return sql;
    }

    /** Completed attempts (alias {@code a}) of trainees in scope, on scenarios in scope, completed in the period. */
    Sql completedAttempts(Sql sql) {
        sql.add(" a.status = 'COMPLETED'");
        traineeEnrolled(sql, "a.trainee_id");
        scenarioMatches(sql, "a.scenario_id");
        return within(sql, "a.completed_at");
    }
}
