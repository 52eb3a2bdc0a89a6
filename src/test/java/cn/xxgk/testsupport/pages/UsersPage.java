package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The office's users and roles page. */
public final class UsersPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public UsersPage(WebDriver driver) {
        this.driver = driver;
        this.wait = Prime.waitOn(driver);
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.id("users:list")).isEmpty());
    }

    /** Fills the new-account form (office head only) and submits it. */
    public UsersPage createAccount(String username, String displayName, String password, String roleLabel) {
        driver.findElement(By.id("new-user:username")).sendKeys(username);
        driver.findElement(By.id("new-user:displayName")).sendKeys(displayName);
        driver.findElement(By.id("new-user:password")).sendKeys(password);
        if (roleLabel != null) {
            checkLabel(driver.findElement(By.id("new-user:newRoles")), roleLabel);
        }
        driver.findElement(By.id("new-user:create")).click();
        wait.until(d -> rowOf(username) != null || !messages().isBlank());
        return this;
    }

    /** Opens the edit dialog of a user, ticks one more role and saves. */
    public UsersPage grantRole(String username, String roleLabel) {
        rowOf(username).findElement(By.cssSelector("button[id$=':edit']")).click();
        WebElement roles = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-user:roles")));
        checkLabel(roles, roleLabel);
        driver.findElement(By.id("edit-user:save-roles")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("edit-dialog")));
        return this;
    }

    public String rolesOf(String username) {
        WebElement row = rowOf(username);
        return row == null ? null : row.findElements(By.tagName("td")).get(3).getText();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private WebElement rowOf(String username) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#users\\:list tbody tr"));
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (!cells.isEmpty() && cells.get(0).getText().contains(username)) {
                return row;
            }
        }
        return null;
    }

    private static void checkLabel(WebElement group, String label) {
        for (WebElement option : group.findElements(By.tagName("label"))) {
            if (option.getText().strip().equals(label)) {
                option.click();
                return;
            }
        }
        throw new AssertionError("no option " + label);
    }
}
