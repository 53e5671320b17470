package app.attune.core.insights;

import app.attune.core.assignment.ProgressRow;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate queries behind the insights. Plain SQL that runs the same on H2 (MySQL mode) and
 * MySQL/MariaDB: every figure is a GROUP BY in the database, only small result sets reach Java (at
 * most one row per skill and score, per scenario, per day, or per assigned trainee).
 */
final class InsightsQueries {
    private final Connection connection;
    private final Scope scope;

    InsightsQueries(Connection connection, Scope scope) {
        this.connection = connection;
        this.scope = scope;
    }

    record ScoreCount(String skill, int score, int count) {}

    record SkillTotal(String skill, int trainees, long total) {}

    record ScenarioRow(String scenarioId, int attempts, long overallTotal, int passes) {}

    record DayRow(LocalDate day, int completed, long overallTotal) {}

    record PairRow(ProgressRow progress, String cohortName, boolean archived, String scenarioId) {}

    int enrolled() throws SQLException {
        Sql sql = new Sql().add("SELECT COUNT(DISTINCT m.user_id) FROM cohort_members m WHERE 1 = 1");
        scope.cohorts().ifPresent(ids -> sql.add(" AND ").in("m.cohort_id", ids));
        return single(sql);
    }

    /** Trainees in scope who started an attempt (finished or not) on a scenario in scope in the period. */
    int active() throws SQLException {
        Sql sql = new Sql().add("SELECT COUNT(DISTINCT a.trainee_id) FROM attempts a WHERE 1 = 1");
        scope.traineeEnrolled(sql, "a.trainee_id");
        scope.scenarioMatches(sql, "a.scenario_id");
        scope.within(sql, "a.started_at");
        return single(sql);
    }

    /**
     * How often each exact score occurs per skill: enough to derive levels, quartiles and the mean.
     * Every skill query reads only counted scores: a skill the session gave no chance to show (no
     * rupture to repair) carries a neutral placeholder that would pull averages toward 50.
     */
    List<ScoreCount> scoreCounts() throws SQLException {
        Sql sql = new Sql()
                .add("SELECT s.skill, s.score, COUNT(*) FROM attempts a"
                        + " JOIN skill_scores s ON s.attempt_id = a.id AND s.counted = TRUE WHERE");
        scope.completedAttempts(sql).add(" GROUP BY s.skill, s.score");
        List<ScoreCount> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new ScoreCount(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return rows;
    }

    /**
     * Per skill: how many trainees and the total of their first completed attempt's score. The first
     * attempt is the one with the lowest id: ids are handed out in start order.
     */
    List<SkillTotal> firstScores() throws SQLException {
        Sql sql = new Sql()
                .add("SELECT s.skill, COUNT(*), SUM(s.score) FROM"
                        + " (SELECT MIN(a.id) AS first_id FROM attempts a WHERE");
        scope.completedAttempts(sql)
                .add(" GROUP BY a.trainee_id) f JOIN skill_scores s ON s.attempt_id = f.first_id AND s.counted = TRUE"
                        + " GROUP BY s.skill");
        return totals(sql);
    }

    /**
     * Per skill: how many trainees and the total of their best score. Kept apart from the first
     * scores: joining the two grouped tables made MariaDB pick a plan thirty times slower, and an IN
     * subquery instead of the join is not turned into a semi-join by H2.
     */
    List<SkillTotal> bestScores() throws SQLException {
        Sql sql = new Sql()
                .add("SELECT x.skill, COUNT(*), SUM(x.best) FROM (SELECT a.trainee_id, s.skill, MAX(s.score) AS best"
                        + " FROM attempts a JOIN skill_scores s ON s.attempt_id = a.id AND s.counted = TRUE WHERE");
        scope.completedAttempts(sql).add(" GROUP BY a.trainee_id, s.skill) x GROUP BY x.skill");
        return totals(sql);
    }

    private List<SkillTotal> totals(Sql sql) throws SQLException {
        List<SkillTotal> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new SkillTotal(rs.getString(1), rs.getInt(2), rs.getLong(3)));
            }
        }
        return rows;
    }

    /**
     * Per scenario: completed attempts, their overall total and how many reached the pass mark (the
     * assignment's threshold, or {@code freePracticePass} for attempts outside any assignment).
     */
    List<ScenarioRow> scenarios(int freePracticePass) throws SQLException {
        Sql sql = new Sql()
                .add(
                        "SELECT a.scenario_id, COUNT(*), COALESCE(SUM(a.overall_score), 0),"
                                + " SUM(CASE WHEN a.overall_score >= COALESCE(g.pass_threshold, ?) THEN 1 ELSE 0 END)"
                                + " FROM attempts a LEFT JOIN assignments g ON g.id = a.assignment_id WHERE",
                        freePracticePass);
        scope.completedAttempts(sql).add(" GROUP BY a.scenario_id");
        List<ScenarioRow> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new ScenarioRow(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)));
            }
        }
        return rows;
    }

    /** Completed attempts per day; the service folds days into ISO weeks (week functions differ by database). */
    List<DayRow> days() throws SQLException {
        Sql sql = new Sql()
                .add("SELECT CAST(a.completed_at AS DATE) AS d, COUNT(*), COALESCE(SUM(a.overall_score), 0)"
                        + " FROM attempts a WHERE");
        scope.completedAttempts(sql).add(" GROUP BY CAST(a.completed_at AS DATE) ORDER BY d");
        List<DayRow> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date day = rs.getDate(1);
                rows.add(new DayRow(day.toLocalDate(), rs.getInt(2), rs.getLong(3)));
            }
        }
        return rows;
    }

    /**
     * One row per (assignment, assigned trainee) in scope with their attempts aggregated, matched to
     * the assignment exactly as the cohort page matches them. Not limited by the period: these rows
     * say where each assignment stands today.
     */
    List<PairRow> pairs() throws SQLException {
        Sql sql = new Sql()
                .add("SELECT a.id, u.id, u.display_name, a.pass_threshold, a.due_on, a.created_at,"
                        + " COUNT(t.id),"
                        + " COALESCE(SUM(CASE WHEN t.status = 'COMPLETED' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN t.status = 'IN_PROGRESS' THEN 1 ELSE 0 END), 0),"
                        + " MAX(CASE WHEN t.status = 'COMPLETED' THEN t.overall_score END),"
                        + " MAX(t.updated_at), c.name, c.archived, a.scenario_id"
                        + " FROM assignments a"
                        + " JOIN cohorts c ON c.id = a.cohort_id"
                        + " JOIN cohort_members m ON m.cohort_id = a.cohort_id"
                        + " JOIN users u ON u.id = m.user_id"
                        + " LEFT JOIN attempts t ON t.trainee_id = m.user_id AND t.scenario_id = a.scenario_id"
                        + " AND (t.assignment_id = a.id OR (t.assignment_id IS NULL AND t.started_at >= a.created_at))"
                        + " WHERE a.removed_at IS NULL"
                        + " AND (a.chosen_only = FALSE OR EXISTS (SELECT 1 FROM assignment_trainees x"
                        + " WHERE x.assignment_id = a.id AND x.user_id = m.user_id))");
        scope.cohorts().ifPresent(ids -> sql.add(" AND ").in("a.cohort_id", ids));
        scope.scenarioMatches(sql, "a.scenario_id");
        sql.add(" GROUP BY a.id, u.id, u.display_name, a.pass_threshold, a.due_on, a.created_at,"
                + " c.name, c.archived, a.scenario_id");
        List<PairRow> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date due = rs.getDate(5);
                int best = rs.getInt(10);
                Integer bestOrNull = rs.wasNull() ? null : best;
                Timestamp last = rs.getTimestamp(11);
                ProgressRow progress = new ProgressRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        due == null ? null : due.toLocalDate(),
                        rs.getTimestamp(6).toInstant(),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        bestOrNull,
                        last == null ? null : last.toInstant());
                rows.add(new PairRow(progress, rs.getString(12), rs.getBoolean(13), rs.getString(14)));
            }
        }
        return rows;
    }

    /** The cohorts a filter can offer: all of them, or those one facilitator runs. */
    static List<CohortRow> cohorts(Connection connection, java.util.Optional<Long> facilitator) throws SQLException {
        Sql sql = new Sql().add("SELECT id, name, archived FROM cohorts");
        facilitator.ifPresent(f -> sql.add(" WHERE facilitator_id = ?", f));
        sql.add(" ORDER BY archived, name, id");
        List<CohortRow> rows = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new CohortRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
            }
        }
        return rows;
    }

    record CohortRow(long id, String name, boolean archived) {}

    private int single(Sql sql) throws SQLException {
        try (PreparedStatement ps = sql.prepare(connection);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
