package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The review and litigation cases on a request's page (WEB-INF/includes/remedy/cases.xhtml). */
public final class RemedyCasesPart {

    private final WebDriver driver;

    private RemedyCasesPart(WebDriver driver) {
        this.driver = driver;
    }

    public static RemedyCasesPart at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("remedy-new")));
        return new RemedyCasesPart(driver);
    }

    /** Registers a review received on a day, with the day the copy of the application arrived. */
    public RemedyCasesPart registerReview(String body, String receivedOn, String copyReceivedOn) {
        Prime.clickLabel(driver, "remedy-new:kind", "行政复议");
        Prime.type(driver, "remedy-new:body", body);
        Prime.date(driver, "remedy-new:receivedOn", receivedOn);
        Prime.date(driver, "remedy-new:copyReceivedOn", copyReceivedOn);
        driver.findElement(By.id("remedy-new:do-open")).click();
        return this;
    }

    /** The cases table as the user reads it. */
    public String table() {
        return driver.findElement(By.id("remedy-cases-list:cases")).getText();
    }
}
