package app.attune.core.practice;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SnapshotRepository extends CrudRepository<SnapshotRow, Long> {

    Optional<SnapshotRow> findByScenarioIdAndVersion(String scenarioId, int version);
}
