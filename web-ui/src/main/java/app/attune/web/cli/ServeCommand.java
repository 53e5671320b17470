package app.attune.web.cli;

import app.attune.core.database.DatabaseSettings;
import app.attune.core.database.StartupProblem;
import app.attune.core.platform.AttunePlatform;
import app.attune.web.server.AttuneRuntime;
import app.attune.web.server.PortInUse;
import app.attune.web.server.WebServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** {@code serve [--port N]}: starts the web app on the configured database. */
public final class ServeCommand {
    static final int DEFAULT_PORT = 8080;

    private ServeCommand() {}

    /** Runs until the process is stopped; returns a non-zero status when start-up fails. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        int port;
        try {
            port = port(args, env);
        } catch (IllegalArgumentException e) {
            err.println("Attune could not start: " + e.getMessage());
            return 2;
        }
        AttunePlatform platform = null;
        try {
            DatabaseSettings settings = DatabaseSettings.fromEnvironment(env, Path.of("data"));
            ensurePortFree(port);
            platform = AttunePlatform.start(settings);
            AttuneRuntime.install(platform);
            WebServer server = WebServer.start(port, platform.context());
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "Attune is ready at http://localhost:%d (database: %s; started in %.1f s)%n",
                    server.port(),
                    settings.describe(),
                    seconds);
            out.flush();
            server.join();
            return 0;
        } catch (StartupProblem e) {
            err.println("Attune could not start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }

    static int port(String[] args, Map<String, String> env) {
        String value = env.get("PORT");
        String source = "PORT";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--port needs a number, e.g. --port 8081.");
                }
                value = args[++i];
                source = "--port";
            } else if (args[i].startsWith("--port=")) {
                value = args[i].substring("--port=".length());
                source = "--port";
            } else {
                throw new IllegalArgumentException("unknown option '" + args[i] + "' for serve (try --help).");
            }
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a port number from 1 to 65535, was '" + value + "'.");
        }
    }

    /** Fails fast, before the database is touched, when another program holds the port. */
    private static void ensurePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new PortInUse(port, e);
        }
    }
}
