package cn.xxgk.testsupport.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The assessment dashboard (/assessment/index.xhtml): its charts, its table, the records form. */
public final class AssessmentPage {

    private final WebDriver driver;

    private AssessmentPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AssessmentPage at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("departments")));
        return new AssessmentPage(driver);
    }

    /** Whether the chart with this id was drawn by Chart.js (a chart instance on its canvas, with a width). */
    public boolean chartDrawn(String id) {
        return Prime.waitOn(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('[id$=\"" + id + "\"] canvas');"
                        + "return c != null && c.width > 0 && window.Chart && Chart.getChart(c) != null;"));
    }

    /** The department names of the table, as the user reads them. */
    public List<String> departments() {
        return driver.findElements(By.cssSelector("[id$='departments_data'] tr td:first-child")).stream()
                .map(e -> e.getText().replace("处室", "").strip()).toList();
    }

    public AssessmentPage record(String department, String kindLabel, String reason) {
        Prime.choose(driver, "record:department", department);
        Prime.clickLabel(driver, "record:kind", kindLabel);
        Prime.type(driver, "record:reason", reason);
        driver.findElement(By.id("record:do-record")).click();
        return this;
    }

    public String records() {
        return driver.findElement(By.id("record-list")).getText();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    public String reasonMessage() {
        return Prime.fieldMessage(driver, "record:reason", "xxgk-field");
    }
}
