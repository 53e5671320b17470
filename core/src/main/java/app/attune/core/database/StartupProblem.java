package app.attune.core.database;

/**
 * A problem an operator can fix (a wrong setting, a server that is down), with a message that
 * names the setting and the cause. Printed as one line instead of a stack trace.
 */
public class StartupProblem extends RuntimeException {
    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
