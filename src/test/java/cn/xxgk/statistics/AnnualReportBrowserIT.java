package cn.xxgk.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.AnnualReportPage;
import cn.xxgk.testsupport.pages.LoginPage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The office head on a phone: the live statistics with their charts, then last year's report written, approved and published. */
class AnnualReportBrowserIT {

    RunningApp app;
    Browser browser;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.local();
        browser = new Browser(Browser.PHONE);
        LoginPage.open(browser.driver(), app.url()).loginAs("officehead", DemoDirectory.DEMO_PASSWORD);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void theOfficeHeadPublishesTheAnnualReportOnAPhone() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(app.url() + "statistics/index.xhtml");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("stat-byChannel")));
        assertTrue(driver.findElement(By.id("content")).getText().contains("按申请渠道"));
        assertFalse(driver.findElements(By.cssSelector("a[href*='/api/v1/statistics/live/']")).isEmpty(), "XLSX exports");

        int year = unpublishedYear();
        AnnualReportPage page = AnnualReportPage.open(driver, app.url(), year);
        assertTrue(page.state().contains("草稿"), page.state());
        assertEquals(25, page.rowCodes().size(), page.rowCodes().toString());
        assertEquals("3.3.1", page.rowCodes().get(4));

        page.writeOverview("字".repeat(10_001));
        assertTrue(page.overviewMessage().contains("不能超过 10,000 个字") || page.overviewMessage().contains("不能超过"),
                page.overviewMessage());
        assertTrue(page.state().contains("草稿"));

        page.writeOverview(year + "年，本局认真贯彻《政府信息公开条例》，主动公开政府信息。");
        assertTrue(page.balance().contains("勾稽关系成立"), page.balance());
        page.approve();
        assertTrue(page.state().contains("已审核"), page.state());
        page.publish();
        assertTrue(page.state().contains("已发布"), page.state());
        assertTrue(page.offersPdf());
        assertTrue(new AppClient(app.url()).get("api/v1/statistics/annual-report").body().contains("\"year\":" + year));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** Last year, or an earlier one whose report is still a draft when a rerun has gone further with last year's. */
    int unpublishedYear() throws Exception {
        AppClient head = new AppClient(app.url());
        assertEquals(302, head.login("officehead", DemoDirectory.DEMO_PASSWORD).statusCode());
        int year = LocalDate.now().getYear() - 1;
        while (!head.get("api/v1/statistics/annual-report/" + year).body().contains("\"state\":\"DRAFT\"")) {
            year--;
        }
        return year;
    }
}
