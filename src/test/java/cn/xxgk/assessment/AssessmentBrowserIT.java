package cn.xxgk.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.AssessmentPage;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.RemedyCasesPart;
import cn.xxgk.testsupport.pages.ShellPage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium: the leader's charts on a phone, a record entered by the office, a review case on a request's page. */
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

    @Test
    void theOfficeRegistersAReviewOnTheRequestPageAndSeesItsDefenceDeadline() throws Exception {
        RunningApp app = RunningApp.local();
        long requestId = app.database().scalar("SELECT MIN(id) FROM disclosure_request");
        String received = app.database().text("SELECT GREATEST(received_on, CURDATE() - INTERVAL 3 DAY) FROM disclosure_request"
                + " WHERE id = " + requestId);
        String body = "郑州市人民政府-" + System.nanoTime() % 100000;
        try (Browser browser = new Browser(Browser.DESKTOP)) {
            LoginPage.open(browser.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD);
            browser.driver().get(app.url() + "request/view.xhtml?id=" + requestId);
            RemedyCasesPart cases = RemedyCasesPart.at(browser.driver()).registerReview(body, received, received);

            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> cases.table().contains(body));
            assertTrue(cases.table().contains("尚未审结"), cases.table());
            String due = app.database().text("SELECT d.due_date FROM deadline d JOIN remedy_case c ON d.id = c.defence_deadline_id"
                    + " WHERE d.kind = 'REVIEW_DEFENCE' AND c.body = '" + body + "'");
            assertTrue(cases.table().contains(due), "the defence due date " + due + " in " + cases.table());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
