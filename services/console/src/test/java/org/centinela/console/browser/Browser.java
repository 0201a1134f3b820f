package org.centinela.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code make test} installs when missing), signed in on Keycloak's own login page.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String console;

    private Browser(String console, String language, String windowSize) {
        this.console = console;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + windowSize, "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    static Browser of(String console, String language) {
        return new Browser(console, language, "1280,1000");
    }

    /** A browser the size of a phone's screen (390 × 844 CSS pixels, as many phones held upright). */
    static Browser phone(String console, String language) {
        return new Browser(console, language, "390,844");
    }

    /** Opens the board, is sent to Keycloak, and signs in there with the local user's password (= her name). */
    Browser signIn(String username) {
        driver.get(console + "/board");
        waitFor(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        waitFor(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        return this;
    }

    /** Waits, looking again when a live refresh of the page replaced an element while it was being read. */
    WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    void open(String path) {
        driver.get(console + path);
    }

    /** Writes a screenshot to {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Path file = Files.createDirectories(Path.of("target/screenshots")).resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
