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
        driver.findElement(By.id("new-department:add")).click();
        Prime.waitOn(driver)
                .until(d -> !listText().equals(before) || !messages().isBlank());
        return this;
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText() + " "
                + driver.findElement(By.id("new-department")).getText();
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
