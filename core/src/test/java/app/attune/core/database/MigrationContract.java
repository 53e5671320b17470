package app.attune.core.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.account.AccountService;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same Flyway migrations run on H2 and on MySQL, and running them again changes nothing. */
abstract class MigrationContract {
    abstract DatabaseSettings database();

    @Test
    void migrations_create_the_schema_and_a_second_start_upgrades_nothing() throws Exception {
        DatabaseSettings settings = database();
        int applied;
        try (AttunePlatform first = Platforms.start(settings)) {
            applied = countMigrations(first);
            assertThat(applied).isGreaterThanOrEqualTo(1);
            assertThat(first.service(AccountService.class).count()).isEqualTo(settings.demoAccounts() ? 4 : 0);
        }
        try (AttunePlatform second = Platforms.start(settings)) {
            assertThat(countMigrations(second)).isEqualTo(applied);
        }
    }

    private static int countMigrations(AttunePlatform platform) throws Exception {
        // the bean is a contextual proxy; the raw pool hands out a connection outside a transaction
        DataSource ds = DelegatingDataSource.unwrapDataSource(platform.context().getBean(DataSource.class));
        try (Connection c = ds.getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
