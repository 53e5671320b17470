package app.attune.web.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from the distribution's packages; Selenium Manager never downloads anything. */
public final class Browser {
    private Browser() {}

    public static WebDriver start() {
        String chromium = System.getProperty("attune.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("attune.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(driver))) {
            String why = "real-browser tests need Chromium and ChromeDriver at " + chromium + " and " + driver
                    + " (Debian: apt-get install chromium chromium-driver); .ci/run installs them";
            if (Boolean.getBoolean("attune.browser.required")) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver webDriver = new ChromeDriver(service, options);
        webDriver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return webDriver;
    }

    public static Path screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
