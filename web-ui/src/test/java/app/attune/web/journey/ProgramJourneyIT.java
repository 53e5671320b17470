package app.attune.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.web.testing.AttuneProcess;
import app.attune.web.testing.Browser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The program's whole loop in a real browser: a facilitator imports a CSV with a bad row, fixes it and
 * assigns a scenario; the new trainee changes the one-time password and practises it; the facilitator
 * comments and adjusts a score; the program lead sees the attempt in /insights and downloads a CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramJourneyIT {
    private static final String SCENARIO_ID = "secure-council-team-leader-promoted";
    private static final String SCENARIO_TITLE = "The team leader who stopped going to Friday lunch";

    private AttuneProcess app;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        app = AttuneProcess.start(Map.of(), "--port", String.valueOf(AttuneProcess.freePort()))
                .awaitReady(Duration.ofSeconds(60));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
    void facilitator_trainee_and_lead_complete_the_loop() throws Exception {
        try {
            loop();
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(browser, "program-failure");
            for (String id : List.of("cohort-message", "import-message", "assign-message")) {
                System.err.println(id + ": " + text(id));
            }
            throw e;
        }
    }

    private void loop() throws Exception {
        // --- the facilitator sets up a cohort from a CSV with one bad row
        signIn("facilitator", "attune-demo");
        open("/cohorts");
        type("new-cohort-name", "Spring leaders");
        click("create-cohort");
        wait.until(d -> text("cohorts-message").equals("Created Spring leaders."));
        gridCell("cohorts-grid", "Spring leaders").click();
        wait.until(d -> text("cohort-name").equals("Spring leaders"));
        assertThat(browser.getCurrentUrl()).as("the cohort's own address").matches(".*/cohorts/\\d+$");

        type("csv-text", "name,email\nJo Park,jo.park@example.org\nNo Mail,\n");
        click("csv-preview");
        wait.until(d -> text("import-problems").contains("line 3: missing email"));
        Browser.screenshot(browser, "program-1-csv-problem");
        assertThat(enabled("import-all")).isFalse();

        type("csv-text", "name,email\nJo Park,jo.park@example.org\nSam Reid,sam.reid@example.org\n");
        click("csv-preview");
        wait.until(d -> text("import-summary").startsWith("2 rows ready"));
        click("import-all");
        wait.until(d -> text("import-message").startsWith("2 trainees enrolled, 2 new accounts"));
        String oneTimePassword = createdPassword("jo.park@example.org");
        assertThat(oneTimePassword).isNotBlank();

        chooseInCombo("assign-scenario", "Friday lunch");
        type("assign-threshold", "1");
        click("assign-scenario-button");
        wait.until(d -> text("assign-message").equals("Assigned " + SCENARIO_TITLE + "."));
        wait.until(d -> text("progress-grid").contains("Not started"));
        Browser.screenshot(browser, "program-2-cohort-assigned");
        signOut();

        // --- the new trainee changes the one-time password and practises the assignment
        signIn("jo.park@example.org", oneTimePassword);
        // the gate shows the password form whatever address was asked for
        type("current-password", oneTimePassword);
        type("new-password", "jo-park-chooses-this");
        type("repeat-password", "jo-park-chooses-this");
        click("save-password");
        wait.until(d -> d.findElements(By.id("current-password")).isEmpty());
        open("/practice");
        wait.until(d -> d.getPageSource().contains(SCENARIO_TITLE));
        Browser.screenshot(browser, "program-3-trainee-practice-home");
        open("/practice/" + SCENARIO_ID);
        startIfAsked();
        String[] turns = {
            "What has the last month been like for you?",
            "It sounds like stepping away from lunch cost you something. How does that feel?",
            "What do you make of that?"
        };
        for (int i = 0; i < turns.length; i++) {
            int expected = i + 1;
            type("turn-input", turns[i]);
            click("send-turn");
            wait.until(d -> text("turn-count").contains(String.valueOf(expected)));
        }
        click("end-conversation");
        click("confirm-end");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-depth")));
        String reportUrl = browser.getCurrentUrl();
        String attemptId = reportUrl.substring(reportUrl.lastIndexOf('/') + 1);
        signOut();

        // --- the facilitator sees the attempt, comments on a turn and adjusts a score
        signIn("facilitator", "attune-demo");
        open("/cohorts");
        gridCell("cohorts-grid", "Spring leaders").click();
        wait.until(d -> text("progress-grid").contains("Passed"));
        centred(browser.findElement(By.id("cohort-name")));
        Browser.screenshot(browser, "program-3b-cohort-progress");
        browser.findElement(By.id("review-" + attemptId)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
        type("comment-text-2", "Naming what lunch meant to him was the turning point.");
        click("comment-add-2");
        wait.until(d -> text("review-message").equals("Comment added to turn 2."));
        centred(browser.findElement(By.id("review-skill-depth")));
        Browser.screenshot(browser, "program-4a-skills");
        click("override-open-depth");
        type("override-score-depth", "85");
        type("override-reason-depth", "He named the loneliness himself; deeper than the layer count shows.");
        click("override-save-depth");
        wait.until(d -> text("review-message").equals("Depth reached is now 85."));
        assertThat(text("override-trail")).contains("→ 85");
        Browser.screenshot(browser, "program-4-review");
        signOut();

        // --- the trainee reads the comment on the report
        signIn("jo.park@example.org", "jo-park-chooses-this");
        open("/attempts/" + attemptId);
        wait.until(d -> d.getPageSource().contains("Naming what lunch meant to him was the turning point."));
        Browser.screenshot(browser, "program-5-trainee-sees-comment");
        signOut();

        // --- the program lead sees the attempt in insights and downloads a table
        signIn("lead", "attune-demo");
        open("/insights");
        wait.until(d -> d.getPageSource().contains(SCENARIO_TITLE));
        Browser.screenshot(browser, "program-6-insights");
        WebElement csv = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='csv-'][href]")));
        String body = fetch(csv.getDomAttribute("href"));
        assertThat(body.lines().findFirst().orElse("")).contains(",");
        List<WebElement> all = browser.findElements(By.cssSelector("a[id^='csv-'][href]"));
        boolean mentionsScenario = false;
        for (WebElement a : all) {
            mentionsScenario |= fetch(a.getDomAttribute("href")).contains(SCENARIO_TITLE);
        }
        assertThat(mentionsScenario)
                .as("some insights CSV names the practised scenario")
                .isTrue();
    }

    // ---- browser helpers ----------------------------------------------------------------------------

    private void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(app.baseUrl() + "/login");
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
    }

    private void open(String path) {
        browser.get(app.baseUrl() + path);
    }

    private void startIfAsked() {
        wait.until(d -> !d.findElements(By.id("start-conversation")).isEmpty()
                || !d.findElements(By.id("turn-input")).isEmpty());
        if (!browser.findElements(By.id("start-conversation")).isEmpty()) {
            click("start-conversation");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turn-input")));
    }

    private WebElement field(String id) {
        WebElement host = centred(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))));
        return host.findElement(By.cssSelector("input, textarea"));
    }

    /** Scrolls the element to the middle of the window, clear of the sticky header. */
    private WebElement centred(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private void type(String id, String value) {
        WebElement input = field(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        // commit the value to the server before the next click reads it
        input.sendKeys(Keys.TAB);
    }

    private void click(String id) {
        centred(wait.until(ExpectedConditions.elementToBeClickable(By.id(id)))).click();
    }

    private boolean enabled(String id) {
        return browser.findElement(By.id(id)).getDomAttribute("disabled") == null;
    }

    private String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        // textContent, not getText: the element may be scrolled out of view
        return found.isEmpty() ? "" : String.valueOf(found.getFirst().getDomProperty("textContent"));
    }

    private WebElement gridCell(String gridId, String value) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(value))
                .findFirst()
                .orElse(null));
    }

    private String createdPassword(String email) {
        return wait.until(d -> {
            String value = text("password-" + email);
            return value.isBlank() ? null : value;
        });
    }

    private void chooseInCombo(String id, String filter) throws InterruptedException {
        WebElement input = field(id);
        input.click();
        input.sendKeys(filter);
        // the filtered items arrive from the server; then the first is highlighted and taken
        Thread.sleep(1500);
        input.sendKeys(Keys.ARROW_DOWN);
        Thread.sleep(300);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> !String.valueOf(input.getDomProperty("value")).equals(filter));
    }

    private String fetch(String href) {
        Object body = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done,"
                                + " e => done('FAILED ' + e));",
                        href);
        return String.valueOf(body);
    }
}
