package app.attune.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.web.testing.Accessibility;
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
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainee's journey in a real browser against the packaged app: sign in, open a scenario from
 * /practice, hold a six-turn conversation (reloading in the middle and carrying on), end it, read
 * the report with all seven skills, and find the attempt on /progress with its charts drawn. axe-core
 * checks the conversation and the report for serious or critical accessibility problems.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeJourneyIT {
    static final String SCENARIO = "avoidant-ops-director";
    static final List<String> TURNS = List.of(
            "What would you like to get from our time today?",
            "How has that been for you?",
            "It sounds like that has been weighing on you more than you let on.",
            "What happens inside you when the team goes quiet?",
            "That sounds lonely. What is that like for you?",
            "What do you notice in yourself as you tell me this?");
    static final List<String> SKILLS = List.of(
            "emotive-inquiry",
            "open-inquiry",
            "reflective-listening",
            "exploring-resistance",
            "restraint",
            "repair",
            "depth");

    private AttuneProcess app;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        app = AttuneProcess.start(Map.of(), "--port", String.valueOf(AttuneProcess.freePort()))
                .awaitReady(Duration.ofSeconds(90));
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
    void a_trainee_practises_reloads_midway_ends_and_sees_the_report_and_progress() throws Exception {
        signIn("trainee", "attune-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

        browser.get(app.baseUrl() + "/practice");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("free-" + SCENARIO)));
        Browser.screenshot(browser, "practice-home");
        click(card.findElement(By.cssSelector("vaadin-button")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("brief")));
        Browser.screenshot(browser, "practice-brief");
        click(browser.findElement(By.id("start-conversation")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("transcript")));

        // three turns: Enter sends the first two, the Send button the third
        say(TURNS.get(0), true);
        say(TURNS.get(1), true);
        say(TURNS.get(2), false);
        assertThat(turnCount()).isEqualTo("3 turns");
        List<String> before = transcript();
        WebElement draft = browser.findElement(By.cssSelector("#turn-input textarea"));
        click(draft);
        draft.sendKeys("Half a thought I have not sent");

        browser.navigate().refresh();
        wait.until(d -> traineeLines() == 3);
        assertThat(transcript()).as("the reload shows the same conversation").isEqualTo(before);
        assertThat(turnCount()).isEqualTo("3 turns");
        WebElement kept =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#turn-input textarea")));
        wait.until(d -> "Half a thought I have not sent".equals(kept.getDomProperty("value")));
        kept.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        wait.until(d -> kept.getDomProperty("value").isEmpty());
        for (int i = 3; i < TURNS.size(); i++) {
            say(TURNS.get(i), i % 2 == 0);
        }
        assertThat(turnCount()).isEqualTo("6 turns");
        assertThat(traineeLines()).isEqualTo(6);
        assertShiftEnterStartsANewLineWithoutSending();
        Browser.screenshot(browser, "practice-conversation");
        assertThat(Accessibility.seriousViolations(browser))
                .as("axe-core on the conversation page")
                .isEmpty();

        click(browser.findElement(By.id("end-conversation")));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-end"))));
        wait.until(d -> d.getCurrentUrl().contains("/attempts/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-depth")));
        for (String skill : SKILLS) {
            WebElement box = browser.findElement(By.id("skill-" + skill));
            assertThat(box.isDisplayed()).as(skill).isTrue();
            assertThat(box.findElement(By.className("report-skill-score")).getText())
                    .matches("\\d{1,3}");
        }
        assertThat(browser.findElements(By.cssSelector(".annotated-turn"))).hasSize(6);
        String reportUrl = browser.getCurrentUrl();
        Browser.screenshot(browser, "practice-report");
        scrollTo(By.id("resistance"));
        Browser.screenshot(browser, "practice-report-resistance");
        scrollTo(By.id("turn-3"));
        Browser.screenshot(browser, "practice-report-transcript");
        assertThat(Accessibility.seriousViolations(browser))
                .as("axe-core on the report page")
                .isEmpty();
        assertPrintsWithoutTheApplicationFrame();

        browser.get(app.baseUrl() + "/progress");
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("canvas-depth")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart(arguments[0]);", canvas)));
        wait.until(d -> drawnPixels(canvas) > 0);
        assertThat(browser.findElement(By.id("attempts-grid")).getText()).doesNotContain("No attempts");
        Browser.screenshot(browser, "practice-progress");

        // the report stays linkable
        browser.get(reportUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-restraint")));
    }

    /** Types a turn into the box and sends it with Enter or the Send button; waits for the reply. */
    private void say(String text, boolean enter) {
        int before = traineeLines();
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#turn-input textarea")));
        click(box);
        box.sendKeys(text);
        if (enter) {
            box.sendKeys(Keys.ENTER);
        } else {
            click(browser.findElement(By.id("send-turn")));
        }
        wait.until(d -> traineeLines() == before + 1 && transcript().size() == 2 * (before + 1) + 1);
        wait.until(d -> box.getDomProperty("value").isEmpty());
    }

    private void assertShiftEnterStartsANewLineWithoutSending() {
        WebElement box = browser.findElement(By.cssSelector("#turn-input textarea"));
        box.sendKeys("First line");
        box.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
        box.sendKeys("second line");
        assertThat(box.getDomProperty("value")).isEqualTo("First line\nsecond line");
        assertThat(traineeLines()).isEqualTo(6);
        assertThat(browser.findElement(By.id("turn-input")).getText()).contains("/ 1,000 characters");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    }

    /** Scrolls the element into the middle of the window first, as a person would, then clicks it. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private int traineeLines() {
        return browser.findElements(By.cssSelector("#transcript .turn-trainee")).size();
    }

    private List<String> transcript() {
        return browser.findElements(By.cssSelector("#transcript .turn")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String turnCount() {
        return browser.findElement(By.id("turn-count")).getText();
    }

    /** How many pixels of the canvas are not fully transparent (a blank canvas has none). */
    private long drawnPixels(WebElement canvas) {
        Object n = ((JavascriptExecutor) browser)
                .executeScript(
                        "const c = arguments[0]; if (!c.width || !c.height) return 0;"
                                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                + " let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) n++; }"
                                + " return n;",
                        canvas);
        return ((Number) n).longValue();
    }

    /** The print stylesheet: no navigation bar, drawer or buttons on paper; the skills and turns stay. */
    private void assertPrintsWithoutTheApplicationFrame() throws Exception {
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            scrollTo(By.id("report-title"));
            Browser.screenshot(browser, "practice-report-print");
            // the media switch re-lays the page out asynchronously: wait for it rather than race it
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("print-report")));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sign-out")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("skill-depth")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turn-6")));
        } finally {
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void scrollTo(By what) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.findElement(what));
    }

    private void signIn(String user, String password) {
        browser.get(app.baseUrl() + "/login");
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
    }
}
