package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 信息详情: an item with its history and the forms of the steps the user may take. */
public final class ItemPage {

    private final WebDriver driver;
    private final long id;
    private final String state;
    private final String indexNumber;
    private final String lastComment;
    private final String deadline;
    private final String history;
    private final String messages;
    private final String attachmentsShown;

    /** Reads what the page shows at once, so that a test can still look at it after logging out. */
    private ItemPage(WebDriver driver) {
        this.driver = driver;
        this.id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        this.state = text("item-state");
        this.indexNumber = text("index-number");
        this.lastComment = text("last-comment");
        this.deadline = text("item-deadline");
        this.history = text("history");
        this.messages = text("messages");
        this.attachmentsShown = text("attachments");
    }

    private String text(String elementId) {
        return driver.findElements(By.id(elementId)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public static ItemPage open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "catalogue/item.xhtml?id=" + id);
        return at(driver);
    }

    public static ItemPage at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("item-state")));
        return new ItemPage(driver);
    }

    /** The item's id, read from the page's address when it was shown. */
    public long id() {
        return id;
    }

    public String state() {
        return state;
    }

    public String title() {
        return driver.findElement(By.id("item-title")).getText();
    }

    public String indexNumber() {
        return indexNumber;
    }

    public String lastComment() {
        return lastComment;
    }

    public String history() {
        return history;
    }

    public String messages() {
        return messages;
    }

    public String deadline() {
        return deadline;
    }

    public boolean offers(String buttonId) {
        return !driver.findElements(By.id(buttonId)).isEmpty();
    }

    /** Chooses a file in the attachments' upload (it uploads at once) and waits for the list or a message. */
    public ItemPage attach(java.nio.file.Path file) {
        String before = attachments();
        driver.findElement(By.cssSelector("[id='attachments:upload'] input[type='file']")).sendKeys(file.toString());
        // the widget lists the file while it uploads; the answer is the form re-rendered without that row
        // the block is re-rendered by the upload's answer: an element read mid-way may be replaced (stale)
        Prime.waitOn(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !attachments().equals(before)
                && d.findElements(By.cssSelector("[id='attachments:upload'] .ui-fileupload-row")).isEmpty());
        return this;
    }

    /** The attachments block as it was when the page was shown. */
    public String attachmentsShown() {
        return attachmentsShown;
    }

    /** The attachments block as the user reads it now (list and its messages). */
    public String attachments() {
        return driver.findElements(By.id("attachments")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public ItemPage comment(String text) {
        Prime.type(driver, "decide:comment", text);
        return this;
    }

    public ItemPage confirm() {
        return step("decide:confirm");
    }

    public ItemPage review() {
        return step("decide:review");
    }

    public ItemPage signOff() {
        return step("decide:sign-off");
    }

    public ItemPage returnToDraft(String comment) {
        comment(comment);
        return step("decide:return");
    }

    /** The secrecy review passes. */
    public ItemPage passSecrecy() {
        Prime.clickLabel(driver, "secrecy:outcome", "通过（不涉密）");
        return step("secrecy:submit");
    }

    public ItemPage catalogue() {
        return step("catalogue:give-index");
    }

    /** Publishes today on the first channel whose label is given, with a reference. */
    public ItemPage publishOn(String channelLabel, String reference) {
        WebElement row = driver.findElement(By.xpath(
                "//div[contains(@class,'xxgk-channel-row')][.//*[normalize-space(text())='" + channelLabel + "']]"));
        row.findElement(By.cssSelector(".ui-chkbox-box")).click();
        WebElement ref = row.findElement(By.cssSelector("input[id$='reference']"));
        ref.sendKeys(reference);
        return step("publish:publish-now");
    }

    /** Clicks a step's button and waits for the page to come back (after the redirect, or with a message). */
    public ItemPage step(String buttonId) {
        WebElement button = driver.findElement(By.id(buttonId));
        button.click();
        Prime.waitOn(driver).until(ExpectedConditions.or(ExpectedConditions.stalenessOf(button),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error"))));
        return at(driver);
    }
}
