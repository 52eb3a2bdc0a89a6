package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 档案归档 (/archive/index.xhtml), its retention rule: the table of rows with their periods, the form adding a row. */
public final class ArchivePage {

    private final WebDriver driver;

    private ArchivePage(WebDriver driver) {
        this.driver = driver;
    }

    public static ArchivePage at(WebDriver driver) {
        Prime.waitOn(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("rules:table")));
        return new ArchivePage(driver);
    }

    /** The rule's table as the user reads it. */
    public String rules() {
        return driver.findElement(By.id("rules:table")).getText();
    }

    /** The period shown for the row whose condition reads so (e.g. "不予公开（NOT_DISCLOSED）"). */
    public String period(String condition) {
        return driver.findElement(By.id(periodId(condition) + "_label")).getText().strip();
    }

    /** Chooses another period on the row and saves the row. */
    public ArchivePage changePeriod(String condition, String periodLabel) {
        String id = periodId(condition);
        Prime.choose(driver, id, periodLabel);
        driver.findElement(By.id(id.replace(":period", ":save"))).click();
        return this;
    }

    /** Adds a row; a null condition leaves the condition unchosen. */
    public ArchivePage add(String condition, String periodLabel) {
        if (condition != null) {
            Prime.choose(driver, "ruleAdd:classifier", condition);
        }
        Prime.choose(driver, "ruleAdd:period", periodLabel);
        driver.findElement(By.id("ruleAdd:add")).click();
        return this;
    }

    public String conditionMessage() {
        return driver.findElement(By.id("ruleAdd:classifierMessage")).getText().strip();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private String periodId(String condition) {
        for (WebElement row : driver.findElements(By.cssSelector("[id='rules:table_data'] > tr"))) {
            if (row.getText().contains(condition)) {
                return "rules:table:" + row.getAttribute("data-ri") + ":period";
            }
        }
        throw new AssertionError("no row of the retention rule reads " + condition + ": " + rules());
    }
}
