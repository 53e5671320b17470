package app.attune.core.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The reads and writes a review needs on attempts, turns, skill scores and cohorts. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReviewRepository extends GenericRepository<TurnCommentRow, Long> {

    @Query("SELECT trainee_id FROM attempts WHERE id = :attemptId")
    Optional<Long> findTrainee(long attemptId);

    @Query("SELECT COUNT(*) FROM turns WHERE attempt_id = :attemptId AND turn_no = :turnNo")
    int countTurn(long attemptId, int turnNo);

    @Query("SELECT COUNT(*) FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id"
            + " WHERE m.user_id = :traineeId AND c.facilitator_id = :facilitatorId")
    int countFacilitated(long facilitatorId, long traineeId);

    @Query("SELECT score FROM skill_scores WHERE attempt_id = :attemptId AND skill = :skill")
    Optional<Integer> findScore(long attemptId, String skill);

    /** An overridden skill counts towards the overall: the facilitator judged it. */
    @Query("UPDATE skill_scores SET score = :score, level = :level, counted = TRUE"
            + " WHERE attempt_id = :attemptId AND skill = :skill")
    void updateScore(long attemptId, String skill, int score, String level);

    @Query("SELECT skill, score, counted FROM skill_scores WHERE attempt_id = :attemptId")
    List<StoredSkillScore> findScores(long attemptId);

    @Query("UPDATE attempts SET overall_score = :overall WHERE id = :attemptId")
    void updateOverall(long attemptId, int overall);

    /** The cohort's trainees' attempts, newest first, with how much review each has had. */
    @Query("SELECT t.id, t.trainee_id, u.display_name AS trainee_name, t.scenario_id, t.status, t.turn_count,"
            + " t.overall_score, t.started_at, t.completed_at,"
            + " (SELECT COUNT(*) FROM turn_comments c WHERE c.attempt_id = t.id) AS comments,"
            + " (SELECT COUNT(*) FROM score_overrides o WHERE o.attempt_id = t.id) AS overrides"
            + " FROM cohort_members m JOIN attempts t ON t.trainee_id = m.user_id JOIN users u ON u.id = m.user_id"
            + " WHERE m.cohort_id = :cohortId AND (:traineeId IS NULL OR t.trainee_id = :traineeId)"
            + " ORDER BY t.started_at DESC, t.id DESC LIMIT :max")
    List<AttemptToReviewRow> findCohortAttempts(long cohortId, @Nullable Long traineeId, int max);

    @Query("SELECT display_name FROM users WHERE id = :userId")
    Optional<String> findName(long userId);
}
