package app.attune.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    private final Path data = Path.of("some-dir");

    @Test
    void without_a_url_attune_uses_an_embedded_h2_file_in_mysql_mode_with_demo_accounts() {
        DatabaseSettings s = DatabaseSettings.fromEnvironment(Map.of(), data);
        assertThat(s.kind()).isEqualTo(DatabaseKind.EMBEDDED_H2);
        assertThat(s.url())
                .startsWith("jdbc:h2:file:")
                .contains("some-dir/attune")
                .contains("MODE=MySQL");
        assertThat(s.demoAccounts()).isTrue();
    }

    @Test
    void a_mysql_url_never_gets_demo_accounts_unless_asked() {
        Map<String, String> env = Map.of("ATTUNE_DB_URL", "jdbc:mysql://db:3306/attune", "ATTUNE_DB_USER", "app");
        DatabaseSettings s = DatabaseSettings.fromEnvironment(env, data);
        assertThat(s.kind()).isEqualTo(DatabaseKind.MYSQL);
        assertThat(s.user()).isEqualTo("app");
        assertThat(s.demoAccounts()).isFalse();
        Map<String, String> asked = Map.of("ATTUNE_DB_URL", "jdbc:mysql://db/attune", "ATTUNE_DEMO_ACCOUNTS", "true");
        assertThat(DatabaseSettings.fromEnvironment(asked, data).demoAccounts()).isTrue();
    }

    @Test
    void an_unknown_url_scheme_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("ATTUNE_DB_URL", "postgres://x"), data))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("ATTUNE_DB_URL")
                .hasMessageContaining("postgres://x");
    }

    @Test
    void the_description_hides_credentials_and_options() {
        DatabaseSettings s = new DatabaseSettings(
                DatabaseKind.MYSQL, "jdbc:mysql://db/attune?password=secret", "u", "secret", false);
        assertThat(s.describe()).isEqualTo("MySQL (jdbc:mysql://db/attune)").doesNotContain("secret");
    }
}
