package app.attune.web.cli;

import app.attune.core.account.PasswordHasher;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.database.StartupProblem;
import app.attune.core.insights.scale.DemoDataSeeder;
import app.attune.core.insights.scale.InsightsBenchmark;
import app.attune.core.insights.scale.SeedSize;
import app.attune.core.platform.AttunePlatform;
import app.attune.scenarios.library.ScenarioLibrary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code seed} fills the configured database (ATTUNE_DB_URL, as for serve) with a large demo program;
 * {@code benchmark} times the insights and cohort page queries on it. Both turn on the demo accounts
 * so the program lead who reads the figures exists.
 */
public final class ScaleCommand {
    private ScaleCommand() {}

    public static int seed(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        SeedSize size;
        try {
            Map<String, Integer> o = options(
                    args,
                    Map.of(
                            "--trainees", SeedSize.ISSUE_SCALE.trainees(),
                            "--cohorts", SeedSize.ISSUE_SCALE.cohorts(),
                            "--attempts", SeedSize.ISSUE_SCALE.attempts(),
                            "--turns", SeedSize.ISSUE_SCALE.turns()));
            size = new SeedSize(o.get("--trainees"), o.get("--cohorts"), o.get("--attempts"), o.get("--turns"));
        } catch (IllegalArgumentException e) {
            err.println("seed: " + e.getMessage());
            return 2;
        }
        try (AttunePlatform platform = start(env)) {
            out.println("Seeding " + platform.settings().describe() + " ...");
            DemoDataSeeder.Result r = new DemoDataSeeder(
                            platform.settings(),
                            platform.service(ScenarioLibrary.class),
                            platform.service(PasswordHasher.class),
                            Clock.systemUTC())
                    .seed(size);
            out.printf(
                    Locale.ROOT,
                    "Seeded %d trainees, %d facilitators, %d cohorts, %d assignments, %d attempts (%d skill scores),"
                            + " %d turns in %.1f s.%nSeeded people sign in as seed-t00001 ... with the demo password.%n",
                    size.trainees(),
                    r.facilitators(),
                    size.cohorts(),
                    r.assignments(),
                    size.attempts(),
                    r.skillScores(),
                    size.turns(),
                    r.took().toMillis() / 1000.0);
            return 0;
        } catch (StartupProblem | IllegalStateException e) {
            err.println("seed: " + e.getMessage());
            return 1;
        }
    }

    public static int benchmark(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        int runs;
        try {
            runs = options(args, Map.of("--runs", 15)).get("--runs");
        } catch (IllegalArgumentException e) {
            err.println("benchmark: " + e.getMessage());
            return 2;
        }
        try (AttunePlatform platform = start(env)) {
            var timings = new InsightsBenchmark(platform, 3, runs).run();
            out.print(InsightsBenchmark.table(platform.settings().describe(), timings));
            return 0;
        } catch (StartupProblem | IllegalStateException e) {
            err.println("benchmark: " + e.getMessage());
            return 1;
        }
    }

    private static AttunePlatform start(Map<String, String> env) {
        Map<String, String> withDemo = new HashMap<>(env);
        withDemo.putIfAbsent(DatabaseSettings.DEMO_VARIABLE, "true");
        return AttunePlatform.start(DatabaseSettings.fromEnvironment(withDemo, Path.of("data")));
    }

    /** {@code --name N} pairs; every option must be one of the defaults' keys. */
    static Map<String, Integer> options(String[] args, Map<String, Integer> defaults) {
        Map<String, Integer> values = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "' (options: "
                        + String.join(", ", defaults.keySet().stream().sorted().toList()) + ").");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a number.");
                }
                value = args[++i];
            }
            try {
                values.put(name, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " needs a whole number, was '" + value + "'.");
            }
        }
        return values;
    }
}
