package app.attune.core.review;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TurnCommentRepository extends CrudRepository<TurnCommentRow, Long> {
    List<TurnCommentRow> findByAttemptIdOrderById(long attemptId);
}
