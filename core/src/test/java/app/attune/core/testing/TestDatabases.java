package app.attune.core.testing;

import app.attune.core.database.DatabaseKind;
import app.attune.core.database.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every repository test runs on: in-memory H2 (MySQL mode) and the MySQL-protocol
 * server at 127.0.0.1:3306. Each test class gets its own MySQL schema, so parallel or repeated runs
 * do not see each other's rows. With -Dattune.mysql.required=true a missing server fails the run.
 */
public final class TestDatabases {
    public static final String MYSQL_HOST = System.getProperty("attune.mysql.host", "127.0.0.1:3306");
    public static final String MYSQL_USER = System.getProperty("attune.mysql.user", "root");
    public static final String MYSQL_PASSWORD = System.getProperty("attune.mysql.password", "");

    private TestDatabases() {}

    public static DatabaseSettings h2(String name) {
        return DatabaseSettings.inMemory(
                name + "_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** A fresh, empty schema on the MySQL-protocol server, or the test is skipped when none runs. */
    public static DatabaseSettings mysql(String name) {
        // ATTUNE_TEST_TAG keeps two checkouts testing at once on one server out of each other's schemas
        String tag = System.getenv().getOrDefault("ATTUNE_TEST_TAG", "");
        String schema = ("attune_t_" + tag + name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (schema.length() > 60) {
            schema = schema.substring(0, 60);
        }
        try (Connection c = DriverManager.getConnection(serverUrl(""), MYSQL_USER, MYSQL_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            String why = "no MySQL-protocol server at " + MYSQL_HOST + ": " + e.getMessage();
            if (Boolean.getBoolean("attune.mysql.required")) {
                Assertions.fail("attune.mysql.required is set but " + why);
            }
            Assumptions.abort(why);
        }
        return new DatabaseSettings(DatabaseKind.MYSQL, serverUrl(schema), MYSQL_USER, MYSQL_PASSWORD, false);
    }

    public static String serverUrl(String schema) {
        return "jdbc:mysql://" + MYSQL_HOST + "/" + schema
                + "?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=3000";
    }
}
