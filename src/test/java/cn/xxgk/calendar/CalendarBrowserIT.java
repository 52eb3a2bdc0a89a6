package cn.xxgk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.LoginPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The office's calendar screen in Chromium: a day changed with a reason, a bad import refused. */
class CalendarBrowserIT {

    RunningApp app;
    Browser browser;
    WebDriverWait wait;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.local();
        browser = new Browser(Browser.DESKTOP);
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        LoginPage.open(browser.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD).openMenu("工作日历");
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void theOfficeMakesADayOffWithAReasonAndTheCalendarShowsIt() {
        WebDriver driver = browser.driver();
        assertTrue(cell("2026-10-01").getAttribute("class").contains("xxgk-cal-off"), "National Day is off");
        assertTrue(cell("2026-10-10").getAttribute("class").contains("xxgk-cal-work"), "the make-up Saturday works");
        assertTrue(cell("2026-12-31").getAttribute("class").contains("xxgk-cal-work"));

        cell("2026-12-31").findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-day:reason")));
        driver.findElement(By.xpath("//label[contains(., '休息日（节假日）')]")).click();
        driver.findElement(By.id("edit-day:name")).sendKeys("测试假日");
        driver.findElement(By.id("edit-day:reason")).sendKeys("浏览器测试");
        driver.findElement(By.id("edit-day:save")).click();

        wait.until(d -> cell("2026-12-31").getAttribute("class").contains("xxgk-cal-off"));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("已修改 2026-12-31"),
                driver.findElement(By.id("messages")).getText());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Issue #12, bug 9: a day off without a name was a server error. */
    @Test
    void aDayOffWithoutANameIsRefusedAtTheNameFieldAndTheDialogKeepsWhatWasTyped() {
        WebDriver driver = browser.driver();
        cell("2026-12-29").findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-day:reason")));
        driver.findElement(By.xpath("//label[contains(., '休息日（节假日）')]")).click();
        driver.findElement(By.id("edit-day:reason")).sendKeys("忘了填名称");
        driver.findElement(By.id("edit-day:save")).click();

        wait.until(d -> d.findElement(By.id("edit-day:name-message")).getText().contains("须填写名称"));
        assertTrue(driver.findElement(By.id("edit-day:reason")).isDisplayed(), "the dialog stays open");
        assertEquals("忘了填名称", driver.findElement(By.id("edit-day:reason")).getAttribute("value"));
        assertTrue(cell("2026-12-29").getAttribute("class").contains("xxgk-cal-work"), "nothing was saved");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aContradictoryFileIsRefusedAsAWholeInChinese() throws Exception {
        Path file = Files.createTempFile("bad-2026-", ".json");
        Files.writeString(file, """
                {"year": 2026, "days": [
                  {"name": "元旦", "date": "2026-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2026-01-01", "isOffDay": false}]}""");

        browser.driver().findElement(By.id("import:file")).sendKeys(file.toString());
        browser.driver().findElement(By.id("import:import-button")).click();

        wait.until(d -> d.findElement(By.id("messages")).getText().contains("未导入任何内容"));
        assertTrue(cell("2026-01-01").getAttribute("class").contains("xxgk-cal-off"), "the calendar is unchanged");
    }

    private WebElement cell(String date) {
        return wait.until(d -> d.findElement(By.cssSelector("a[data-date='" + date + "']")))
                .findElement(By.xpath("./.."));
    }
}
