package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 受理登记: the office's intake form, and the receipt it shows after a successful submit. */
public final class IntakePage {

    private final WebDriver driver;

    private IntakePage(WebDriver driver) {
        this.driver = driver;
    }

    public static IntakePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "request/intake.xhtml");
        return at(driver);
    }

    public static IntakePage at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("intake:submit")));
        return new IntakePage(driver);
    }

    public IntakePage receivedOn(String isoDate) {
        Prime.date(driver, "intake:receivedOn", isoDate);
        return this;
    }

    public IntakePage applicant(String name) {
        Prime.type(driver, "intake:applicantName", name);
        return this;
    }

    public IntakePage idNumber(String number) {
        Prime.type(driver, "intake:idNumber", number);
        return this;
    }

    public IntakePage phone(String phone) {
        Prime.type(driver, "intake:phone", phone);
        return this;
    }

    public IntakePage postalAddress(String address) {
        Prime.type(driver, "intake:postalAddress", address);
        return this;
    }

    public IntakePage description(String text) {
        Prime.type(driver, "intake:description", text);
        return this;
    }

    /** 纸质, 电子, 查阅 or 复制. */
    public IntakePage formWanted(String label) {
        Prime.clickLabel(driver, "intake:formWanted", label);
        return this;
    }

    /** 邮寄, 自行领取 ... */
    public IntakePage delivery(String label) {
        Prime.choose(driver, "intake:deliveryWanted", label);
        return this;
    }

    /** Submits and expects the receipt. */
    public Receipt submit() {
        driver.findElement(By.id("intake:submit")).click();
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")));
        return new Receipt(driver);
    }

    /** Submits and expects to stay on the form with messages. */
    public IntakePage submitExpectingRefusal() {
        driver.findElement(By.id("intake:submit")).click();
        Prime.waitOn(driver).until(d -> !d.findElements(By.cssSelector("#intake .ui-message-error")).isEmpty());
        return this;
    }

    /** Submits and expects to stay on the form with a message about the whole form containing the text. */
    public IntakePage submitExpectingMessage(String text) {
        driver.findElement(By.id("intake:submit")).click();
        Prime.waitOn(driver).until(d -> d.findElements(By.cssSelector(".ui-messages-error")).stream()
                .anyMatch(m -> m.getText().contains(text)));
        return this;
    }

    /** The message shown in the block of a field ("idNumber", "contact" ...), or "" when there is none. */
    public String fieldMessage(String field) {
        return Prime.fieldMessage(driver, "intake:" + field, "xxgk-field", "xxgk-contact");
    }

    /** What the input of a field holds now. */
    public String typed(String field) {
        return driver.findElement(By.id("intake:" + field)).getAttribute("value");
    }

    /** The receipt of a registered request. */
    public static final class Receipt {
        private final WebDriver driver;

        Receipt(WebDriver driver) {
            this.driver = driver;
        }

        public String number() {
            return driver.findElement(By.id("receipt-number")).getText();
        }

        public String queryCode() {
            return driver.findElement(By.id("receipt-code")).getText();
        }

        public String text() {
            return driver.findElement(By.id("receipt")).getText();
        }

        public RequestPage openRequest() {
            driver.findElement(By.id("open-request")).click();
            return RequestPage.at(driver);
        }
    }
}
