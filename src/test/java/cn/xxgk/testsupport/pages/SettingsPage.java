package cn.xxgk.testsupport.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 目录设置: second-level categories, channels, key content departments. */
public final class SettingsPage {

    private final WebDriver driver;

    private SettingsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SettingsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "catalogue/settings.xhtml");
        Prime.waitOn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("channels")));
        return new SettingsPage(driver);
    }

    public SettingsPage addSubcategory(String categoryName, String name) {
        Prime.choose(driver, "subcategories:category", categoryName);
        Prime.type(driver, "subcategories:name", name);
        return click("subcategories:add", name);
    }

    public SettingsPage addChannel(String name) {
        Prime.type(driver, "channels:name", name);
        return click("channels:add", name);
    }

    public String subcategories() {
        return driver.findElement(By.id("subcategories")).getText();
    }

    public String channels() {
        return driver.findElement(By.id("channels")).getText();
    }

    public boolean mayChange() {
        return driver.findElements(By.id("head-only")).isEmpty();
    }

    private SettingsPage click(String buttonId, String expected) {
        WebElement button = driver.findElement(By.id(buttonId));
        button.click();
        Prime.waitOn(driver).until(d -> d.findElement(By.id("messages")).getText().contains(expected));
        return this;
    }
}
