package cn.xxgk.testsupport.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** How a person works PrimeFaces widgets: open a drop-down and pick by label, type a date, tick a box. */
final class Prime {

    private Prime() {
    }

    /**
     * A wait of up to 20 s whose condition may meet an element that an AJAX update replaced while it
     * was read (it is then asked again, not failed: seen on the settings page's message area).
     */
    static WebDriverWait waitOn(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** p:selectOneMenu with the given client id: opens it and clicks the item showing exactly this label. */
    static void choose(WebDriver driver, String id, String label) {
        driver.findElement(By.id(id + "_label")).click();
        // the panel opens with a CSS transition; an item clicked before it has ended (the widget then marks
        // itself expanded) starts the closing one while the opening one runs, and the panel may stay open
        waitOn(driver).until(ExpectedConditions.attributeToBe(By.id(id + "_label"), "aria-expanded", "true"));
        WebElement item = waitOn(driver).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']")));
        item.click();
        waitOn(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * The labels a p:selectOneMenu offers, in order, without opening it: the options of the hidden select
     * behind the widget (its drop-down panel need not hold the items before it is first opened), read by
     * their text content since they are not displayed.
     */
    static List<String> options(WebDriver driver, String id) {
        return driver.findElements(By.cssSelector("[id='" + id + "_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    /** p:datePicker: types the date into its input (pattern yyyy-MM-dd) and closes the pop-up. */
    static void date(WebDriver driver, String id, String isoDate) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        // select what is there and type over it, as a person does (clear() on a filled picker is undone by the
        // widget, and keys typed while its pop-up first opens can be lost: then once more)
        for (int attempt = 0; attempt < 3 && !isoDate.equals(input.getAttribute("value")); attempt++) {
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), isoDate, Keys.TAB);
        }
        // a click on the page's title closes the pop-up for good, as a person would; the title is brought to the
        // middle of the window first (at its top edge, the click may land on whatever the page scrolled there)
        // (the page may still move under the click — the widget scrolls its input back into view —: then again)
        WebElement title = driver.findElement(By.cssSelector("h1.xxgk-title"));
        for (int attempt = 1; ; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", title);
            try {
                title.click();
                break;
            } catch (org.openqa.selenium.ElementClickInterceptedException moved) {
                if (attempt == 3) {
                    throw moved;
                }
            }
        }
        waitOn(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel:not(.ui-helper-hidden)")));
    }

    /** A radio button or check box, by the text of its label. */
    static void clickLabel(WebDriver driver, String containerId, String label) {
        driver.findElement(By.xpath("//*[@id='" + containerId + "']//label[normalize-space(.)='" + label + "']")).click();
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The error message (p:message) shown in the block of a field, live from the page, or "" when there
     * is none: the block is the field's nearest ancestor with one of these CSS classes.
     */
    static String fieldMessage(WebDriver driver, String clientId, String... blockClasses) {
        String isBlock = java.util.Arrays.stream(blockClasses).map(c -> "contains(@class,'" + c + "')")
                .collect(java.util.stream.Collectors.joining(" or "));
        WebElement block = driver.findElement(By.xpath("//*[@id='" + clientId + "']/ancestor-or-self::*[" + isBlock + "][1]"));
        return block.findElements(By.cssSelector(".ui-message-error")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + b).strip();
    }
}
