package app.attune.core.practice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SkillScoreRepository extends CrudRepository<SkillScoreRow, Long> {

    List<SkillScoreRow> findByAttemptId(long attemptId);

    List<SkillScoreRow> findByAttemptIdIn(Collection<Long> attemptIds);
}
