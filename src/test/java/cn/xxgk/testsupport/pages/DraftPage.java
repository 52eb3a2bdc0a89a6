package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The drafting sheet (拟稿). */
public final class DraftPage {

    private final WebDriver driver;

    private DraftPage(WebDriver driver) {
        this.driver = driver;
    }

    public static DraftPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "catalogue/edit.xhtml");
        return at(driver);
    }

    public static DraftPage at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#draft\\:body .ql-editor")));
        return new DraftPage(driver);
    }

    public DraftPage title(String title) {
        Prime.type(driver, "draft:title", title);
        return this;
    }

    public DraftPage body(String text) {
        WebElement editor = driver.findElement(By.cssSelector("#draft\\:body .ql-editor"));
        editor.click();
        editor.sendKeys(text);
        return this;
    }

    public DraftPage writtenDate(String isoDate) {
        Prime.date(driver, "draft:writtenDate", isoDate);
        return this;
    }

    public DraftPage subject(String officialName) {
        WebElement second = driver.findElement(By.id("draft:subcategory"));
        Prime.choose(driver, "draft:subject", officialName);
        // the second level is re-rendered for the category chosen
        Prime.waitOn(driver).until(ExpectedConditions.stalenessOf(second));
        Prime.waitOn(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("draft:subcategory")));
        return this;
    }

    /** The second-level names offered after choosing the category (the drop-down's items). */
    public java.util.List<String> subcategoriesOffered() {
        // the options of the menu's underlying select, as the server rendered them
        return driver.findElements(By.cssSelector("[id='draft:subcategory_input'] option")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public DraftPage documentType(String type) {
        Prime.choose(driver, "draft:documentType", type);
        return this;
    }

    public DraftPage documentNumber(String number) {
        Prime.type(driver, "draft:documentNumber", number);
        return this;
    }

    public DraftPage attribute(String label) {
        Prime.clickLabel(driver, "draft:attribute", label);
        return this;
    }

    /** Saves and expects the item's page. */
    public ItemPage save() {
        driver.findElement(By.id("draft:save")).click();
        return ItemPage.at(driver);
    }

    /** Saves and expects to stay on the sheet with a message. */
    public DraftPage saveExpectingRefusal() {
        driver.findElement(By.id("draft:save")).click();
        Prime.waitOn(driver).until(d -> !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).isEmpty());
        return this;
    }

    /** The message shown next to a field ("title", "documentNumber" ...), or "" when there is none. */
    public String fieldMessage(String field) {
        List<WebElement> found = driver.findElements(By.cssSelector("[id='draft:" + field + "'] ~ .ui-message-error, "
                + "#draft .ui-message-error[id$='" + field + "_msg']"));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    public String allMessages() {
        return driver.findElement(By.id("content")).findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                .stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b).strip();
    }

    public String typedTitle() {
        return driver.findElement(By.id("draft:title")).getAttribute("value");
    }
}
