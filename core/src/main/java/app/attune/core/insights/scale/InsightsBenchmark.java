package app.attune.core.insights.scale;

import app.attune.core.account.AccountService;
import app.attune.core.account.UserId;
import app.attune.core.assignment.AssignmentService;
import app.attune.core.cohort.CohortId;
import app.attune.core.cohort.CohortService;
import app.attune.core.insights.CohortOption;
import app.attune.core.insights.InsightsFilter;
import app.attune.core.insights.InsightsService;
import app.attune.core.platform.AttunePlatform;
import app.attune.scenarios.format.AttachmentStyle;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Times what the insights page and a cohort page ask of the database, as a program lead: each
 * measurement is one full service call, repeated after warm-up runs; median and 95th percentile.
 */
public final class InsightsBenchmark {
    /** One line of the table. */
    public record Timing(String what, double firstMillis, double medianMillis, double p95Millis, int runs) {}

    private final AttunePlatform platform;
    private final int warmUp;
    private final int runs;

    public InsightsBenchmark(AttunePlatform platform, int warmUp, int runs) {
        if (runs < 1 || warmUp < 0) {
            throw new IllegalArgumentException("Need at least one run.");
        }
        this.platform = platform;
        this.warmUp = warmUp;
        this.runs = runs;
    }

    public List<Timing> run() {
        UserId lead = platform.service(AccountService.class)
                .findByUsername("lead")
                .orElseThrow(() -> new IllegalStateException("The benchmark signs in as the demo program lead 'lead';"
                        + " start the database with demo accounts (ATTUNE_DEMO_ACCOUNTS=true)."))
                .id();
        InsightsService insights = platform.service(InsightsService.class);
        CohortService cohorts = platform.service(CohortService.class);
        AssignmentService assignments = platform.service(AssignmentService.class);
        CohortOption cohort = insights.cohorts(lead).stream()
                .filter(c -> !c.archived())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No cohort to measure: seed the database first."));
        CohortId id = cohort.id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String scenario = insights.scenarios().getFirst().id();

        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("insights: whole program", () -> insights.insights(lead, InsightsFilter.ALL));
        cases.put("insights: one cohort", () -> insights.insights(lead, InsightsFilter.ALL.withCohorts(Set.of(id))));
        cases.put(
                "insights: avoidant style, last 4 weeks",
                () -> insights.insights(
                        lead,
                        InsightsFilter.ALL
                                .withStyle(Optional.of(AttachmentStyle.AVOIDANT))
                                .withPeriod(Optional.of(today.minusWeeks(4)), Optional.of(today))));
        cases.put(
                "insights: one scenario",
                () -> insights.insights(lead, InsightsFilter.ALL.withScenario(Optional.of(scenario))));
        cases.put("cohort page: members (" + cohort.name() + ")", () -> cohorts.members(lead, id));
        cases.put("cohort page: progress board", () -> assignments.progress(lead, id));
        cases.put("cohort page: members + progress", () -> {
            cohorts.members(lead, id);
            assignments.progress(lead, id);
        });

        List<Timing> table = new ArrayList<>();
        cases.forEach((what, call) -> table.add(time(what, call)));
        return table;
    }

    /**
     * The first call is reported on its own: it pays for cold caches (and H2 reuses the result of an
     * identical query while no table changed, so its repeated runs are the cached case).
     */
    private Timing time(String what, Runnable call) {
        long first = System.nanoTime();
        call.run();
        double firstMillis = (System.nanoTime() - first) / 1e6;
        for (int i = 1; i < warmUp; i++) {
            call.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(what, firstMillis, percentile(millis, 0.5), percentile(millis, 0.95), runs);
    }

    /** Nearest rank on sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The table as Markdown, so it can go straight into docs/insights.md. */
    public static String table(String database, List<Timing> timings) {
        StringBuilder b = new StringBuilder();
        b.append("| ")
                .append(database)
                .append(" | first ms | median ms | p95 ms | runs |\n|---|---:|---:|---:|---:|\n");
        for (Timing t : timings) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f | %d |%n",
                    t.what(),
                    t.firstMillis(),
                    t.medianMillis(),
                    t.p95Millis(),
                    t.runs()));
        }
        return b.toString();
    }
}
