package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 政府信息公开工作年度报告: the texts, the request table, approval and publication of one year. */
public final class AnnualReportPage {

    private final WebDriver driver;

    private AnnualReportPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AnnualReportPage open(WebDriver driver, String baseUrl, int year) {
        driver.get(baseUrl + "statistics/report.xhtml?year=" + year);
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));
        return new AnnualReportPage(driver);
    }

    /** The state line: 状态：草稿 / 已审核 / 已发布 …. */
    public String state() {
        return driver.findElement(By.id("state")).getText();
    }

    public String balance() {
        return driver.findElement(By.id("balance")).getText();
    }

    /** The codes of the request table's rows, in order. */
    public java.util.List<String> rowCodes() {
        return driver.findElements(By.cssSelector("#request-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-code")).toList();
    }

    /** Writes section 一 (set at once: a long text typed key by key would take minutes) and saves. */
    public AnnualReportPage writeOverview(String text) {
        WebElement area = driver.findElement(By.id("report:overview"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, text);
        return click("report:save-texts");
    }

    public String overviewMessage() {
        return driver.findElement(By.id("report")).findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + b).strip();
    }

    public AnnualReportPage approve() {
        return click("report:approve");
    }

    public AnnualReportPage publish() {
        return click("report:publish");
    }

    public boolean offersPdf() {
        return !driver.findElements(By.id("pdf")).isEmpty();
    }

    private AnnualReportPage click(String id) {
        WebElement button = Prime.waitOn(driver).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        // every action updates its form: the button is replaced once the answer is in
        Prime.waitOn(driver).until(ExpectedConditions.stalenessOf(button));
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));
        return this;
    }
}
