package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The public due-date calculator: a plain form the server answers. */
public final class PublicCalculatorPage extends PublicPage {

    private PublicCalculatorPage(WebDriver driver) {
        super(driver);
    }

    public static PublicCalculatorPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "public/calculator");
        return new PublicCalculatorPage(driver);
    }

    /** Submits the period (its label) and the starting day; returns the answer's text (or the refusal). */
    public String calculate(String period, String start) {
        new Select(driver.findElement(By.id("period"))).selectByVisibleText(period);
        driver.findElement(By.id("start")).clear();
        driver.findElement(By.id("start")).sendKeys(start);
        follow(By.id("calculate"));
        Prime.waitOn(driver).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("calculator-result")),
                ExpectedConditions.presenceOfElementLocated(By.id("calculator-error"))));
        return driver.findElement(By.id("main")).getText();
    }
}
