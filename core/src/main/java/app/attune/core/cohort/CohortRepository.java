package app.attune.core.cohort;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CohortRepository extends CrudRepository<CohortRow, Long> {

    List<CohortRow> findByFacilitatorIdOrderByName(long facilitatorId);

    List<CohortRow> listOrderByName();

    boolean existsByFacilitatorIdAndName(long facilitatorId, String name);

    @Query("SELECT COUNT(*) FROM cohort_members WHERE cohort_id = :cohortId")
    int countMembers(long cohortId);

    @Query("SELECT COUNT(*) FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id"
            + " WHERE m.user_id = :traineeId AND c.facilitator_id = :facilitatorId")
    int countFacilitated(long facilitatorId, long traineeId);

    @Query("SELECT COUNT(*) FROM cohort_members WHERE cohort_id = :cohortId AND user_id = :userId")
    int countMembership(long cohortId, long userId);

    @Query("SELECT u.id, u.display_name, u.email, u.must_change_password FROM users u"
            + " JOIN cohort_members m ON m.user_id = u.id WHERE m.cohort_id = :cohortId ORDER BY u.display_name")
    List<MemberRow> findMembers(long cohortId);

    @Query("INSERT INTO cohort_members (cohort_id, user_id) VALUES (:cohortId, :userId)")
    void addMember(long cohortId, long userId);
}
