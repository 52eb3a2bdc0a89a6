package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;

/** 审计记录: the records as shown, and the filter by result. */
public final class AuditLogPage {

    private final WebDriver driver;

    private AuditLogPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AuditLogPage at(WebDriver driver) {
        return new AuditLogPage(driver);
    }

    public String records() {
        return driver.findElement(By.id("audit:records")).getText();
    }

    /** Chooses a result (成功 / 拒绝 ...) and filters; returns once the list no longer shows the other one. */
    public AuditLogPage filterByResult(String label, String noLongerShown) {
        Prime.choose(driver, "audit:result", label);
        driver.findElement(By.id("audit:filter")).click();
        Prime.waitOn(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("audit:records")).getText().contains(noLongerShown));
        return this;
    }

    /** Clicks 校验审计链 and returns the report's text once it is shown. */
    public String verifyChain() {
        driver.findElement(By.id("chain:verify")).click();
        return Prime.waitOn(driver).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id("chain:report")).getText());
    }
}
