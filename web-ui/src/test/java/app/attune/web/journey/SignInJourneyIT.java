package app.attune.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.web.testing.AttuneProcess;
import app.attune.web.testing.Browser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The packaged app on its embedded database, driven by headless Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInJourneyIT {
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
    void each_demo_role_signs_in_sees_its_home_page_and_signs_out() throws Exception {
        String[][] roles = {
            {"trainee", "Trainee"}, {"facilitator", "Facilitator"}, {"lead", "Program lead"}, {"admin", "Administrator"}
        };
        for (String[] role : roles) {
            signIn(role[0], "attune-demo");
            WebElement greeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
            assertThat(greeting.getText()).startsWith("Welcome, ");
            assertThat(browser.findElement(By.id("home-role")).getText()).isEqualTo(role[1]);
            Browser.screenshot(browser, "home-" + role[0]);
            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        }
    }

    @Test
    void a_wrong_password_shows_the_generic_message() throws Exception {
        signIn("trainee", "not-the-password");
        wait.until(d -> d.getCurrentUrl().contains("/login?error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> form.getDomAttribute("error") != null);
        Browser.screenshot(browser, "login-wrong-password");
    }

    @Test
    void a_page_the_role_may_not_see_shows_not_allowed() throws Exception {
        signIn("trainee", "attune-demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        browser.get(app.baseUrl() + "/admin/people");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-allowed")));
        Browser.screenshot(browser, "not-allowed");
        browser.get(app.baseUrl() + "/no/such/page");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        } finally {
            Browser.screenshot(browser, "not-found");
        }
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
    }

    private void signIn(String user, String password) {
        browser.get(app.baseUrl() + "/login");
        browser.manage().deleteAllCookies();
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
