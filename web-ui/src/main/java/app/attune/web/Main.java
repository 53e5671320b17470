package app.attune.web;

import app.attune.grading.cli.GradeCommand;
import app.attune.scenarios.cli.PlayCommand;
import app.attune.web.cli.ScaleCommand;
import app.attune.web.cli.ServeCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The one executable: {@code serve} (the default), {@code grade}, {@code play}, {@code seed} and {@code benchmark}. */
public final class Main {
    static final String USAGE = """
            Usage: java -jar attune.jar [COMMAND] [OPTIONS]

            Commands:
              serve [--port N]   start the web app (the default). PORT also sets the port.
                                 Database: embedded H2 under ./data, or MySQL through
                                 ATTUNE_DB_URL, ATTUNE_DB_USER and ATTUNE_DB_PASSWORD.
              grade              classify coaching turns (JSON Lines on stdin); see grade --help
              play               play a scenario against its persona; see play --help
              seed [--trainees N] [--cohorts N] [--attempts N] [--turns N]
                                 fill the database (as for serve) with a large demo
                                 program; defaults 2000 / 100 / 20000 / 400000
              benchmark [--runs N]
                                 time the insights and cohort page queries on it
              --help             show this help
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "serve" -> ServeCommand.run(rest, System.getenv(), out, err);
            case "grade" -> GradeCommand.run(rest, System.in, out, err);
            case "play" -> PlayCommand.run(rest, System.in, out, err);
            case "seed" -> ScaleCommand.seed(rest, System.getenv(), out, err);
            case "benchmark" -> ScaleCommand.benchmark(rest, System.getenv(), out, err);
            case "--help", "-h", "help" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                if (command.startsWith("--port")) {
                    yield ServeCommand.run(args, System.getenv(), out, err);
                }
                err.println("Unknown command '" + command + "'.");
                err.print(USAGE);
                yield 2;
            }
        };
    }
}
