package app.attune.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends CrudRepository<UserRow, Long> {

    Optional<UserRow> findByUsername(String username);

    /** Reads the latest row and locks it until the transaction ends. */
    @Query("SELECT * FROM users WHERE id = :id FOR UPDATE")
    Optional<UserRow> findByIdForUpdate(long id);

    boolean existsByUsername(String username);

    long countByRole(Role role);

    List<UserRow> findAllOrderByDisplayName();

    /** People whose name, user name or email contains the (lower-case, LIKE-escaped) pattern. */
    @Query("SELECT * FROM users WHERE LOWER(display_name) LIKE :pattern OR LOWER(username) LIKE :pattern"
            + " OR LOWER(email) LIKE :pattern ORDER BY display_name, id")
    List<UserRow> search(String pattern);
}
