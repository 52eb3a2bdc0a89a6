package cn.xxgk.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.AssessmentPage;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.ShellPage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The assessment dashboard in Chromium: the leader's charts on a phone, a record entered by the office. */
class AssessmentBrowserIT {

    @Test
    void theLeaderSeesTheChartsOfTheDepartmentsOnAPhone() throws Exception {
        RunningApp app = RunningApp.local();
        try (Browser browser = new Browser(Browser.PHONE)) {
            ShellPage shell = LoginPage.open(browser.driver(), app.url()).loginAs("leader", DemoDirectory.DEMO_PASSWORD);
            shell.toggleMenu();
            shell.openMenu("处室考核");
            AssessmentPage page = AssessmentPage.at(browser.driver());

            assertTrue(page.chartDrawn("on-time-chart"));
            assertTrue(page.chartDrawn("lateness-chart"));
            assertTrue(page.chartDrawn("satisfaction-chart"));
            assertTrue(page.departments().contains("产业发展处"), page.departments().toString());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void theOfficeRecordsACommendationWithItsReasonAndAReasonIsRequired() throws Exception {
        RunningApp app = RunningApp.local();
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            LoginPage.open(browser.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD).openMenu("处室考核");
            AssessmentPage page = AssessmentPage.at(browser.driver());

            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            page.record("产业发展处", "表扬", " ");
            wait.until(d -> page.reasonMessage().contains("请填写事由"));

            String reason = "按时发布产业发展报告-" + System.nanoTime() % 100000;
            page.record("产业发展处", "表扬", reason);
            wait.until(d -> page.records().contains(reason));
            assertTrue(page.messages().contains("记录已登记"), page.messages());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
