package app.attune.core.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the data lives. Without ATTUNE_DB_URL Attune uses an embedded H2 file under ./data, so a
 * newcomer needs nothing installed; production points ATTUNE_DB_URL at MySQL.
 */
public record DatabaseSettings(DatabaseKind kind, String url, String user, String password, boolean demoAccounts) {
    public static final String URL_VARIABLE = "ATTUNE_DB_URL";
    public static final String USER_VARIABLE = "ATTUNE_DB_USER";
    public static final String PASSWORD_VARIABLE = "ATTUNE_DB_PASSWORD";
    public static final String DEMO_VARIABLE = "ATTUNE_DEMO_ACCOUNTS";

    /** H2 options that make it accept the MySQL-syntax migrations and order NULLs like MySQL. */
    static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public static DatabaseSettings embedded(Path dataDirectory) {
        String file = dataDirectory
                .toAbsolutePath()
                .normalize()
                .resolve("attune")
                .toString()
                .replace('\\', '/');
        return new DatabaseSettings(DatabaseKind.EMBEDDED_H2, "jdbc:h2:file:" + file + H2_OPTIONS, "sa", "", true);
    }

    /** An in-memory H2 database, for tests and tools. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings(
                DatabaseKind.EMBEDDED_H2, "jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "", false);
    }

    public static DatabaseSettings fromEnvironment(Map<String, String> env, Path dataDirectory) {
        String url = env.getOrDefault(URL_VARIABLE, "").strip();
        String demo = env.getOrDefault(DEMO_VARIABLE, "").strip();
        if (url.isEmpty()) {
            DatabaseSettings embedded = embedded(dataDirectory);
            return demo.equalsIgnoreCase("false") ? embedded.withDemoAccounts(false) : embedded;
        }
        String user = env.getOrDefault(USER_VARIABLE, "");
        String password = env.getOrDefault(PASSWORD_VARIABLE, "");
        boolean demoAccounts = demo.equalsIgnoreCase("true");
        if (url.startsWith("jdbc:mysql:")) {
            return new DatabaseSettings(DatabaseKind.MYSQL, url, user, password, demoAccounts);
        }
        if (url.startsWith("jdbc:h2:")) {
            String withOptions = url.toUpperCase(java.util.Locale.ROOT).contains("MODE=MYSQL") ? url : url + H2_OPTIONS;
            return new DatabaseSettings(
                    DatabaseKind.EMBEDDED_H2,
                    withOptions,
                    user.isEmpty() ? "sa" : user,
                    password,
                    demoAccounts || !demo.equalsIgnoreCase("false"));
        }
        throw new StartupProblem(URL_VARIABLE
                + " must start with jdbc:mysql:// (MySQL) or jdbc:h2: (embedded H2); it was '" + url + "'.");
    }

    public DatabaseSettings withDemoAccounts(boolean demo) {
        return new DatabaseSettings(kind, url, user, password, demo);
    }

    /** The URL without credentials, fit for a log line. */
    public String describe() {
        int q = url.indexOf('?');
        String shown = q < 0 ? url : url.substring(0, q);
        int semi = shown.indexOf(';');
        shown = semi < 0 ? shown : shown.substring(0, semi);
        return kind.label() + " (" + shown + ")";
    }

    public String driverClassName() {
        return kind == DatabaseKind.MYSQL ? "com.mysql.cj.jdbc.Driver" : "org.h2.Driver";
    }
}
