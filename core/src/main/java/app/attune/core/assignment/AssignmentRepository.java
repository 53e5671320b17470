package app.attune.core.assignment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentRepository extends CrudRepository<AssignmentRow, Long> {

    List<AssignmentRow> findByCohortIdOrderByDueOn(long cohortId);

    @Query("SELECT a.* FROM assignments a JOIN cohort_members m ON m.cohort_id = a.cohort_id"
            + " JOIN cohorts c ON c.id = a.cohort_id"
            + " WHERE m.user_id = :userId AND c.archived = FALSE"
            + " AND (a.chosen_only = FALSE OR EXISTS (SELECT 1 FROM assignment_trainees t"
            + " WHERE t.assignment_id = a.id AND t.user_id = :userId))"
            + " ORDER BY a.due_on, a.id")
    List<AssignmentRow> findForTrainee(long userId);

    @Query("SELECT user_id FROM assignment_trainees WHERE assignment_id = :assignmentId ORDER BY user_id")
    List<Long> findChosen(long assignmentId);

    @Query("INSERT INTO assignment_trainees (assignment_id, user_id) VALUES (:assignmentId, :userId)")
    void addChosen(long assignmentId, long userId);
}
