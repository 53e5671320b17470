package app.attune.core.assignment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends CrudRepository<AssignmentRow, Long> {

    /** The cohort's active assignments (removed ones left out). */
    @Query("SELECT * FROM assignments WHERE cohort_id = :cohortId AND removed_at IS NULL ORDER BY due_on, id")
    List<AssignmentRow> findActive(long cohortId);

    @Query("SELECT * FROM assignments WHERE cohort_id = :cohortId AND scenario_id = :scenarioId"
            + " AND removed_at IS NULL ORDER BY id")
    List<AssignmentRow> findActiveOf(long cohortId, String scenarioId);

    @Query("SELECT a.* FROM assignments a JOIN cohort_members m ON m.cohort_id = a.cohort_id"
            + " JOIN cohorts c ON c.id = a.cohort_id"
            + " WHERE m.user_id = :userId AND c.archived = FALSE AND a.removed_at IS NULL"
            + " AND (a.chosen_only = FALSE OR EXISTS (SELECT 1 FROM assignment_trainees t"
            + " WHERE t.assignment_id = a.id AND t.user_id = :userId))"
            + " ORDER BY a.due_on, a.id")
    List<AssignmentRow> findForTrainee(long userId);

    /** One row per (assignment, assigned trainee) of the cohort, with their attempts aggregated. */
    @Query("SELECT a.id AS assignment_id, u.id AS trainee_id, u.display_name AS trainee_name,"
            + " a.pass_threshold, a.due_on, a.created_at AS assigned_at,"
            + " COUNT(t.id) AS attempts,"
            + " COALESCE(SUM(CASE WHEN t.status = 'COMPLETED' THEN 1 ELSE 0 END), 0) AS completed,"
            + " COALESCE(SUM(CASE WHEN t.status = 'IN_PROGRESS' THEN 1 ELSE 0 END), 0) AS unfinished,"
            + " MAX(CASE WHEN t.status = 'COMPLETED' THEN t.overall_score END) AS best,"
            + " MAX(t.updated_at) AS last_activity"
            + " FROM assignments a"
            + " JOIN cohort_members m ON m.cohort_id = a.cohort_id"
            + " JOIN users u ON u.id = m.user_id"
            + " LEFT JOIN attempts t ON t.trainee_id = m.user_id AND t.scenario_id = a.scenario_id"
            + " AND (t.assignment_id = a.id OR (t.assignment_id IS NULL AND t.started_at >= a.created_at))"
            + " WHERE a.cohort_id = :cohortId AND a.removed_at IS NULL"
            + " AND (a.chosen_only = FALSE OR EXISTS (SELECT 1 FROM assignment_trainees x"
            + " WHERE x.assignment_id = a.id AND x.user_id = m.user_id))"
            + " GROUP BY a.id, u.id, u.display_name, a.pass_threshold, a.due_on, a.created_at"
            + " ORDER BY u.display_name, a.id")
    List<ProgressRow> findProgress(long cohortId);

    @Query("SELECT user_id FROM assignment_trainees WHERE assignment_id = :assignmentId ORDER BY user_id")
    List<Long> findChosen(long assignmentId);

    @Query("INSERT INTO assignment_trainees (assignment_id, user_id) VALUES (:assignmentId, :userId)")
    void addChosen(long assignmentId, long userId);
}
