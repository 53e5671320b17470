package app.attune.core.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens one connection before anything else starts, so a wrong URL, a wrong password or a server
 * that is down ends start-up with one sentence naming the setting, not a wall of stack traces.
 */
public final class DatabaseProbe {
    private DatabaseProbe() {}

    public static void check(DatabaseSettings settings) {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password());
        if (settings.kind() == DatabaseKind.MYSQL) {
            props.setProperty("connectTimeout", "5000");
            props.setProperty("socketTimeout", "10000");
        }
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(settings.url(), props)) {
            // reachable and credentials accepted
        } catch (SQLException e) {
            throw new StartupProblem(explain(settings, e), e);
        }
    }

    static String explain(DatabaseSettings settings, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String cause = rootMessage(e);
        String where = settings.describe();
        if (settings.kind() == DatabaseKind.EMBEDDED_H2 && e.getErrorCode() == 90020) {
            return "The embedded database " + where + " is already open in another Attune process: stop that one first"
                    + " (or set " + DatabaseSettings.URL_VARIABLE + " to another database).";
        }
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            return "The database " + where + " refused the login for user '" + settings.user() + "': check "
                    + DatabaseSettings.USER_VARIABLE + " and " + DatabaseSettings.PASSWORD_VARIABLE + " (" + cause
                    + ").";
        }
        if (e.getErrorCode() == 1049) {
            return "The database named in " + DatabaseSettings.URL_VARIABLE + " does not exist on the server: create it"
                    + " first (" + cause + ").";
        }
        if (state.startsWith("08")) {
            return "Cannot reach the database given by " + DatabaseSettings.URL_VARIABLE + " (" + where
                    + "): is the server running and the host and port right? (" + cause + ")";
        }
        if (cause.contains("No suitable driver")) {
            return DatabaseSettings.URL_VARIABLE + " is not a JDBC URL Attune can use (" + settings.url() + ").";
        }
        return "Cannot connect to the database given by " + DatabaseSettings.URL_VARIABLE + " (" + where + "): "
                + cause;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String last = root.getMessage();
        String msg = root == t || last == null || first.contains(last) ? first : first + ": " + last;
        int nl = msg.indexOf('\n');
        return (nl < 0 ? msg : msg.substring(0, nl)).strip();
    }
}
