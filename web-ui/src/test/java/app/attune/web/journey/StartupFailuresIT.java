package app.attune.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.core.testing.TestDatabases;
import app.attune.web.testing.AttuneProcess;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operators get one clear sentence and a non-zero status, never a wall of stack traces. */
class StartupFailuresIT {

    @Test
    void a_port_in_use_is_named_with_the_way_out() throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
                AttuneProcess app = AttuneProcess.start(Map.of(), "--port", String.valueOf(taken.getLocalPort()))) {
            int status = app.awaitExit(Duration.ofSeconds(60));
            assertThat(status).isNotZero();
            assertThat(app.output())
                    .contains("Port " + taken.getLocalPort() + " is already in use")
                    .contains("--port");
            assertThat(app.output()).doesNotContain("\tat ");
        }
    }

    @Test
    void an_unreachable_database_is_named_with_the_setting() throws Exception {
        Map<String, String> env = Map.of("ATTUNE_DB_URL", "jdbc:mysql://127.0.0.1:1/attune?connectTimeout=2000");
        try (AttuneProcess app = AttuneProcess.start(env, "--port", String.valueOf(AttuneProcess.freePort()))) {
            assertThat(app.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(app.output())
                    .contains("ATTUNE_DB_URL")
                    .contains("Cannot reach")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void a_wrong_database_password_names_the_user_and_password_settings() throws Exception {
        TestDatabases.mysql("startup");
        Map<String, String> env = Map.of(
                "ATTUNE_DB_URL", TestDatabases.serverUrl("attune_t_startup"),
                "ATTUNE_DB_USER", "root",
                "ATTUNE_DB_PASSWORD", "definitely-wrong");
        try (AttuneProcess app = AttuneProcess.start(env, "--port", String.valueOf(AttuneProcess.freePort()))) {
            assertThat(app.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(app.output())
                    .contains("ATTUNE_DB_USER")
                    .contains("ATTUNE_DB_PASSWORD")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void a_url_of_an_unsupported_kind_is_refused() throws Exception {
        Map<String, String> env = Map.of("ATTUNE_DB_URL", "postgresql://localhost/attune");
        try (AttuneProcess app = AttuneProcess.start(env, "--port", String.valueOf(AttuneProcess.freePort()))) {
            assertThat(app.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(app.output()).contains("ATTUNE_DB_URL must start with jdbc:mysql://");
        }
    }

    @Test
    void the_same_jar_runs_on_mysql_with_the_environment_variables() throws Exception {
        var db = TestDatabases.mysql("serve");
        Map<String, String> env =
                Map.of("ATTUNE_DB_URL", db.url(), "ATTUNE_DB_USER", db.user(), "ATTUNE_DB_PASSWORD", "");
        try (AttuneProcess app = AttuneProcess.start(env, "--port", String.valueOf(AttuneProcess.freePort()))) {
            app.awaitReady(Duration.ofSeconds(60));
            assertThat(app.output()).contains("database: MySQL");
        }
    }

    @Test
    void help_lists_the_subcommands() throws Exception {
        try (AttuneProcess app = AttuneProcess.start(Map.of(), "--help")) {
            assertThat(app.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(app.output()).contains("serve").contains("grade").contains("play");
        }
    }
}
