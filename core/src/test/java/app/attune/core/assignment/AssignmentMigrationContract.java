package app.attune.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.database.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V22 on a database that already holds a scenario assigned twice to one cohort: the oldest stays
 * active, later copies count as removed, and from then on the database refuses a second active one.
 */
abstract class AssignmentMigrationContract {

    abstract DatabaseSettings database();

    @Test
    void duplicates_from_before_keep_the_oldest_active_and_a_new_duplicate_is_refused() throws SQLException {
        DatabaseSettings db = database();
        flyway(db, "20").migrate();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (id, username, display_name, password_hash, role)"
                    + " VALUES (1, 'fac', 'Fac', 'x', 'FACILITATOR')");
            s.execute("INSERT INTO cohorts (id, name, facilitator_id) VALUES (1, 'One', 1), (2, 'Two', 1)");
            s.execute("INSERT INTO assignments (id, cohort_id, scenario_id, assigned_by, pass_threshold)"
                    + " VALUES (1, 1, 'lunch', 1, 60), (2, 1, 'lunch', 1, 70), (3, 1, 'other', 1, 60),"
                    + " (4, 2, 'lunch', 1, 60), (5, 1, 'lunch', 1, 80)");
        }
        flyway(db, "latest").migrate();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT id, active_scenario, removed_at IS NULL FROM assignments" + " ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + (rs.getBoolean(3) ? "active" : "removed"));
                }
            }
            assertThat(rows)
                    .containsExactly(
                            "1 lunch active", "2 null removed", "3 other active", "4 lunch active", "5 null removed");
            assertThatThrownBy(() -> s.execute("INSERT INTO assignments (cohort_id, scenario_id, assigned_by,"
                            + " pass_threshold, active_scenario) VALUES (1, 'lunch', 1, 60, 'lunch')"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static Flyway flyway(DatabaseSettings db, String target) {
        return Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }
}
