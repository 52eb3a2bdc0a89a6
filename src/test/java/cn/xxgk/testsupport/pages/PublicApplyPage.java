package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** /public/apply, the online request form, and the receipt it shows once filed. */
public final class PublicApplyPage {

    private final WebDriver driver;

    private PublicApplyPage(WebDriver driver) {
        this.driver = driver;
    }

    public static PublicApplyPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "public/apply");
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("apply-form")));
        return new PublicApplyPage(driver);
    }

    public PublicApplyPage type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public PublicApplyPage delivery(String label) {
        new Select(driver.findElement(By.id("deliveryWanted"))).selectByVisibleText(label);
        return this;
    }

    public PublicApplyPage notifyByEmail() {
        driver.findElement(By.id("notify")).click();
        return this;
    }

    /** Waits until the page's script has solved the proof of work (the sum question is then hidden). */
    public PublicApplyPage challengeSolved() {
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("challenge-auto")));
        return this;
    }

    /** Submits and waits for the receipt, or for the refusal at a field. */
    public PublicApplyPage submit() {
        driver.findElement(By.id("submit")).click();
        Prime.waitOn(driver).until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")),
                ExpectedConditions.visibilityOfElementLocated(By.id("apply-failed"))));
        return this;
    }

    public String text(String id) {
        return driver.findElements(By.id(id)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    /** Answers the sum question as a visitor without JavaScript does: "三加五等于几？" → 8. */
    public PublicApplyPage answerTheSum() {
        String question = driver.findElement(By.cssSelector("label[for=answer]")).getText();
        String digits = "零一二三四五六七八九";
        int sum = digits.indexOf(question.charAt(0)) + digits.indexOf(question.charAt(2));
        return type("answer", Integer.toString(sum));
    }

    /** The value a field shows (what was typed stays after a refusal). */
    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    public PublicPage asPublicPage() {
        return PublicPage.at(driver);
    }

    public String number() { return text("receipt-number"); }
    public String queryCode() { return text("receipt-code"); }
}
