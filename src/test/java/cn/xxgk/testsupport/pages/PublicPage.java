package cn.xxgk.testsupport.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page of the public portal (政府信息公开专栏) as a reader sees it: the column's navigation, the
 * text size switch, the title, and the accessibility check (axe-core, WCAG 2.1 A and AA rules)
 * that every public page must pass with no serious or critical violation.
 */
public class PublicPage {

    /** Downloaded by the build (pom.xml, execution axe-core); never committed. */
    static final Path AXE = Path.of("target/axe-core/package/axe.min.js");

    protected final WebDriver driver;

    protected PublicPage(WebDriver driver) {
        this.driver = driver;
        Prime.waitOn(driver)
                .withMessage(() -> "no public page at " + driver.getCurrentUrl() + ": " + driver.getPageSource())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.pub main#main")));
    }

    public static PublicPage at(WebDriver driver) {
        return new PublicPage(driver);
    }

    public static PublicPage open(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new PublicPage(driver);
    }

    public String title() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    public String content() {
        return driver.findElement(By.id("main")).getText();
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public boolean largeText() {
        return driver.findElement(By.tagName("body")).getAttribute("class").contains("pub-large");
    }

    /** The size of the page's root font, as the browser computed it (e.g. "20px"). */
    public String rootFontSize() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.documentElement).fontSize;");
    }

    public PublicPage switchTextSize() {
        follow(By.id("text-size"));
        return new PublicPage(driver);
    }

    /** Clicks what leads to another page and waits until the old page is gone (no sleep). */
    protected void follow(By target) {
        org.openqa.selenium.WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        Prime.waitOn(driver).until(ExpectedConditions.stalenessOf(old));
    }

    /** Follows an entry of the column's navigation, e.g. "公开指南". */
    public PublicPage navigate(String label) {
        follow(By.xpath("//nav[contains(@class,'pub-nav')]//a[normalize-space()='" + label + "']"));
        return new PublicPage(driver);
    }

    public PublicSearchPage search(String words) {
        driver.findElement(By.id("q")).clear();
        driver.findElement(By.id("q")).sendKeys(words);
        follow(By.cssSelector("form[role=search] button[type=submit]"));
        return new PublicSearchPage(driver);
    }

    /**
     * The violations of WCAG 2.1 A/AA rules axe-core finds on this page with impact serious or
     * critical, each as "rule: target…"; empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        String axe;
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core missing at " + AXE.toAbsolutePath()
                    + " (the build downloads it in generate-test-resources)", e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** Turns this browser's script execution off (Chromium DevTools), for the pages that must work without it. */
    public static void disableJavaScript(WebDriver driver) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled",
                Map.of("value", true));
    }
}
