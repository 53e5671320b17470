package app.attune.core.insights.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.attune.core.account.AccountService;
import app.attune.core.account.PasswordHasher;
import app.attune.core.account.UserId;
import app.attune.core.database.DatabaseSettings;
import app.attune.core.insights.Insights;
import app.attune.core.insights.InsightsFilter;
import app.attune.core.insights.InsightsService;
import app.attune.core.platform.AttunePlatform;
import app.attune.core.testing.Platforms;
import app.attune.scenarios.library.ScenarioLibrary;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo data seeder at a small size: what it creates is what the insights and benchmark read. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoDataSeederContract {
    private static final SeedSize SMALL = new SeedSize(60, 6, 600, 6_000);
    private AttunePlatform platform;
    private DemoDataSeeder seeder;

    abstract DatabaseSettings database();

    @BeforeAll
    void start() {
        platform = Platforms.start(database().withDemoAccounts(true));
        seeder = new DemoDataSeeder(
                platform.settings(),
                platform.service(ScenarioLibrary.class),
                platform.service(PasswordHasher.class),
                Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void seeds_the_requested_size_which_insights_and_the_benchmark_then_read() {
        DemoDataSeeder.Result result = seeder.seed(SMALL);
        assertThat(result.assignments()).isEqualTo(6 * 4);
        UserId lead = platform.service(AccountService.class)
                .findByUsername("lead")
                .orElseThrow()
                .id();
        Insights all = platform.service(InsightsService.class).insights(lead, InsightsFilter.ALL);
        assertThat(all.kpis().enrolled()).isEqualTo(60);
        assertThat(all.kpis().active()).isEqualTo(60);
        assertThat(all.kpis().completedAttempts())
                .as("a few last attempts are left unfinished")
                .isBetween(540, 600);
        assertThat(result.skillScores()).isEqualTo(all.kpis().completedAttempts() * 7);
        assertThat(all.kpis().assigned()).isEqualTo(60 * 4);
        assertThat(all.weeks()).hasSizeBetween(15, 18);
        assertThat(all.lifts().getFirst().lift())
                .as("practice makes trainees better")
                .isPositive();
        assertThat(platform.service(AccountService.class).findByUsername("seed-t00001"))
                .isPresent();

        List<InsightsBenchmark.Timing> timings = new InsightsBenchmark(platform, 0, 2).run();
        assertThat(timings).hasSize(7).allSatisfy(t -> assertThat(t.medianMillis())
                .isPositive());
        assertThat(InsightsBenchmark.table("H2", timings)).contains("| insights: whole program |");

        assertThatThrownBy(() -> seeder.seed(SMALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds seeded demo data");
    }
}
