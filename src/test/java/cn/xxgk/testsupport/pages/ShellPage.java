package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The shell around every page after login: top bar, menu, title. */
public final class ShellPage {

    private final WebDriver driver;

    private ShellPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ShellPage at(WebDriver driver) {
        Prime.waitOn(driver)
                .withMessage(() -> "no application page at " + driver.getCurrentUrl() + ": "
                        + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        return new ShellPage(driver);
    }

    public String currentUser() {
        return driver.findElement(By.id("current-user")).getText();
    }

    public String title() {
        return driver.findElement(By.cssSelector("main .xxgk-title")).getText();
    }

    public String content() {
        return driver.findElement(By.id("content")).getText();
    }

    /** The labels of the menu entries, as the user reads them. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("#main-menu a")).stream()
                .map(e -> e.getAttribute("textContent").strip()).toList();
    }

    public boolean menuVisible() {
        return driver.findElement(By.id("main-menu")).isDisplayed();
    }

    /** The menu button of a narrow window. */
    public void toggleMenu() {
        driver.findElement(By.cssSelector("label.xxgk-menu-button")).click();
    }

    public ShellPage openMenu(String label) {
        for (WebElement entry : driver.findElements(By.cssSelector("#main-menu a"))) {
            if (entry.getAttribute("textContent").strip().equals(label)) {
                entry.click();
                return at(driver);
            }
        }
        throw new AssertionError("no menu entry " + label + " in " + menu());
    }

    public LoginPage logout() {
        driver.findElement(By.id("logout")).click();
        return LoginPage.at(driver);
    }
}
