package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /public/status: a request's progress by number and query code. */
public final class PublicStatusPage {

    private final WebDriver driver;

    private PublicStatusPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page, asks for the request and waits for the answer (the status or the refusal). */
    public static PublicStatusPage ask(WebDriver driver, String baseUrl, String number, String code) {
        driver.get(baseUrl + "public/status");
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-form")));
        driver.findElement(By.id("number")).sendKeys(number);
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("query")).click();
        Prime.waitOn(driver).until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("status")),
                ExpectedConditions.visibilityOfElementLocated(By.id("status-error"))));
        return new PublicStatusPage(driver);
    }

    public String text(String id) {
        return driver.findElements(By.id(id)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    public PublicPage asPublicPage() {
        return PublicPage.at(driver);
    }

    public String state() { return text("status-state"); }
    public String receivedOn() { return text("status-received"); }
    public String replyDue() { return text("status-due"); }
    public String steps() { return text("status-steps"); }
    public String error() { return text("status-error"); }

    /** The letters listed: their link texts and addresses. */
    public List<WebElement> letters() {
        return driver.findElements(By.cssSelector("#status-letters a.status-letter"));
    }
}
