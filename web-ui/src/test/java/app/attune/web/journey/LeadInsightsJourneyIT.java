package app.attune.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.web.testing.AttuneProcess;
import app.attune.web.testing.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The program lead on a seeded program: the packaged app's {@code seed} command fills an H2 file,
 * {@code serve} runs on it, and headless Chromium signs in as the demo lead, sees the charts drawn
 * and downloads the CSV behind one of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadInsightsJourneyIT {
    private static final String[] CHARTS = {
        "skill-distribution", "first-best", "hardest-scenarios", "hardest-styles", "weekly-trend"
    };
    private AttuneProcess app;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory("attune-insights");
        Map<String, String> env =
                Map.of("ATTUNE_DB_URL", "jdbc:h2:file:" + data.resolve("attune").toAbsolutePath());
        try (AttuneProcess seed = AttuneProcess.start(
                env, "seed", "--trainees", "400", "--cohorts", "20", "--attempts", "4000", "--turns", "40000")) {
            assertThat(seed.awaitExit(Duration.ofMinutes(3))).as(seed.output()).isZero();
            assertThat(seed.output()).contains("Seeded 400 trainees");
        }
        app = AttuneProcess.start(env, "--port", String.valueOf(AttuneProcess.freePort()))
                .awaitReady(Duration.ofSeconds(60));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void the_lead_sees_the_program_drawn_and_downloads_the_table_behind_a_chart() throws Exception {
        signIn("lead", "attune-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        browser.get(app.baseUrl() + "/insights");
        WebElement enrolled = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("insights-kpi-enrolled")));
        assertThat(enrolled.getText()).isEqualTo("400");
        for (String chart : CHARTS) {
            wait.until(ExpectedConditions.attributeToBe(By.id("canvas-" + chart), "data-drawn", "true"));
        }
        // tall enough for the whole page in one picture
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2300));
        Browser.screenshot(browser, "insights-lead");
        List<WebElement> rows = browser.findElements(By.cssSelector("#insights-at-risk-grid"));
        assertThat(rows).hasSize(1);

        String href = browser.findElement(By.id("csv-hardest-scenarios")).getDomAttribute("href");
        assertThat(href).isNotBlank();
        String csv = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done,"
                                + " e => done('failed: ' + e));",
                        href);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("scenario_id,scenario,completed_attempts,avg_overall,pass_rate_percent");
        assertThat(lines).hasSizeGreaterThan(4);
        assertThat(lines.get(1)).matches("[a-z0-9-]+,.+,\\d+,\\d+\\.\\d,\\d+\\.\\d");

        new org.openqa.selenium.interactions.Actions(browser)
                .scrollToElement(browser.findElement(By.id("insights-at-risk")))
                .perform();
        Browser.screenshot(browser, "insights-lead-at-risk");
    }

    private void signIn(String user, String password) {
        browser.get(app.baseUrl() + "/login");
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.clear();
        name.sendKeys(user);
        WebElement pass = browser.findElement(By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }
}
