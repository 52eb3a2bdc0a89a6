package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;

/** The office's departments page. */
public final class DepartmentsPage {

    private final WebDriver driver;

    public DepartmentsPage(WebDriver driver) {
        this.driver = driver;
        Prime.waitOn(driver).until(d -> !d.findElements(By.id("new-department:name")).isEmpty());
    }

    public DepartmentsPage add(String name) {
        driver.findElement(By.id("new-department:name")).clear();
        driver.findElement(By.id("new-department:name")).sendKeys(name);
        String before = listText();
        String messagesBefore = messages();
        driver.findElement(By.id("new-department:add")).click();
        Prime.waitOn(driver)
                .until(d -> !listText().equals(before) || !messages().equals(messagesBefore));
        return this;
    }

    public String messages() {
        // the message areas only: the form's own text (its label, its button) is never blank, and a wait
        // on "a message appeared" must not end before the AJAX answer came (ShellBrowserIT raced under load)
        return (driver.findElement(By.id("messages")).getText() + " "
                + driver.findElements(By.cssSelector("#new-department .ui-message")).stream()
                        .map(org.openqa.selenium.WebElement::getText).reduce("", (a, b) -> a + " " + b)).strip();
    }

    /** The names in the list (they are in input fields, for renaming); read again if an update replaced them. */
    public String listText() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector("#departments input[type=text]")).stream()
                        .map(e -> e.getAttribute("value")).reduce("", (a, b) -> a + "|" + b);
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }
}
