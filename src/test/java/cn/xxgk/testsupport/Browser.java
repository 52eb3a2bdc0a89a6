package cn.xxgk.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never Selenium Manager, which
 * would try the network). The browser asks for Simplified Chinese, as the bureau's do.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A phone: the 390 px wide window. */
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;

    public Browser(Dimension size) throws Exception {
        Path profile = Files.createTempDirectory("xxgk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("xxgk.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile,
                "--window-size=" + size.width + "," + size.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("xxgk.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(size);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Errors the page wrote to the console: script errors and CSP violations among them. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // a 403 or 404 page is itself a failed resource load; those are asserted by the tests
                .filter(m -> !m.contains("the server responded with a status of"))
                .toList();
    }

    public Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
