package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The local login form. */
public final class LoginPage {

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "login.xhtml");
        return at(driver);
    }

    public static LoginPage at(WebDriver driver) {
        Prime.waitOn(driver)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        return new LoginPage(driver);
    }

    /** Logs in and expects the home page (or the page first asked for). */
    public ShellPage loginAs(String username, String password) {
        submit(username, password);
        return ShellPage.at(driver);
    }

    /** Submits and stays on the login page (a refusal). */
    public LoginPage submitExpectingRefusal(String username, String password) {
        submit(username, password);
        return at(driver);
    }

    private void submit(String username, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    public String errorMessage() {
        return driver.findElement(By.cssSelector(".ui-messages-error")).getText();
    }

    public boolean showsLoggedOutNotice() {
        return !driver.findElements(By.id("logged-out")).isEmpty();
    }
}
