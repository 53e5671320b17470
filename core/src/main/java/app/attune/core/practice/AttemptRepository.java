package app.attune.core.practice;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttemptRepository extends CrudRepository<AttemptRow, Long> {

    List<AttemptRow> findByTraineeIdOrderByStartedAtDesc(long traineeId);

    Optional<AttemptRow> findByTraineeIdAndOpenScenario(long traineeId, String openScenario);

    /** Reads the attempt and locks its row until the transaction ends (ending a conversation). */
    @Query("SELECT * FROM attempts WHERE id = :id FOR UPDATE")
    Optional<AttemptRow> findForUpdate(long id);

    /**
     * Stores the persona state after one more turn, only if the attempt is still where the caller
     * saw it (same turn count, still in progress): 0 rows means another tab got there first.
     */
    @Query("UPDATE attempts SET turn_count = :turnCount, safety = :safety, activation = :activation,"
            + " layer = :layer, progress = :progress, strain = :strain, healing = :healing,"
            + " resistance = :resistance, rupture = :rupture, closing = :closing,"
            + " used_line_ids = :usedLineIds, updated_at = :now"
            + " WHERE id = :id AND turn_count = :expectedTurns AND status = 'IN_PROGRESS'")
    int advance(
            long id,
            int expectedTurns,
            int turnCount,
            int safety,
            int activation,
            int layer,
            int progress,
            int strain,
            int healing,
            boolean resistance,
            boolean rupture,
            String closing,
            String usedLineIds,
            Instant now);

    /** Marks an attempt finished and graded; 0 rows when it was no longer in progress. */
    @Query("UPDATE attempts SET status = 'COMPLETED', ended_by = :endedBy, overall_score = :overall,"
            + " completed_at = :now, updated_at = :now, open_scenario = NULL"
            + " WHERE id = :id AND status = 'IN_PROGRESS'")
    int complete(long id, String endedBy, int overall, Instant now);

    @Query("UPDATE attempts SET hints = :hints, guided = :guided, updated_at = :now WHERE id = :id")
    int changeOptions(long id, boolean hints, boolean guided, Instant now);
}
