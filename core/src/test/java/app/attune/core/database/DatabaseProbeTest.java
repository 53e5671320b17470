package app.attune.core.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

    @Test
    void an_unreachable_server_is_named_with_the_setting_and_the_cause() {
        DatabaseSettings s = new DatabaseSettings(
                DatabaseKind.MYSQL, "jdbc:mysql://127.0.0.1:1/attune?connectTimeout=2000", "root", "", false);
        assertThatThrownBy(() -> DatabaseProbe.check(s))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("ATTUNE_DB_URL")
                .hasMessageContaining("Cannot reach");
    }

    @Test
    void a_wrong_password_names_the_user_and_password_settings() {
        TestDatabases.mysql("probe"); // skips (or fails when required) without a server
        DatabaseSettings s = new DatabaseSettings(
                DatabaseKind.MYSQL, TestDatabases.serverUrl("attune_t_probe"), "root", "definitely-wrong", false);
        assertThatThrownBy(() -> DatabaseProbe.check(s))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("ATTUNE_DB_USER")
                .hasMessageContaining("ATTUNE_DB_PASSWORD");
    }

    @Test
    void a_missing_database_is_reported_as_missing() {
        TestDatabases.mysql("probe");
        DatabaseSettings s = new DatabaseSettings(
                DatabaseKind.MYSQL, TestDatabases.serverUrl("attune_t_does_not_exist"), "root", "", false);
        assertThatThrownBy(() -> DatabaseProbe.check(s))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void an_in_memory_h2_database_is_always_reachable() {
        assertThatCode(() -> DatabaseProbe.check(TestDatabases.h2("probe"))).doesNotThrowAnyException();
    }
}
