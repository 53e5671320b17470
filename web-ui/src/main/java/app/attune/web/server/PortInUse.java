package app.attune.web.server;

import app.attune.core.database.StartupProblem;

/** The chosen port is taken by another program. */
public class PortInUse extends StartupProblem {
    public PortInUse(int port, Throwable cause) {
        super(
                "Port " + port + " is already in use: stop the program that holds it, or start Attune on another port"
                        + " with --port N (or the PORT environment variable).",
                cause);
    }
}
