package cn.xxgk.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.ArchivePage;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.ShellPage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium on a phone: the office changes the retention rule (保管期限规则) on 档案归档. */
class ArchiveBrowserIT {

    private static final String CONDITION = "不予公开（NOT_DISCLOSED）";
    private static final String ROW = "FROM archive_rule WHERE kind = 'REQUEST' AND classifier = 'NOT_DISCLOSED'";

    @Test
    void theOfficeChangesAPeriodOfTheRetentionRuleOnAPhoneAndBadOrStaleInputSavesNothing() throws Exception {
        RunningApp app = RunningApp.local();
        String before = app.database().text("SELECT retention " + ROW);
        long rows = app.database().scalar("SELECT COUNT(*) FROM archive_rule");
        try (Browser browser = new Browser(Browser.PHONE)) {
            ShellPage shell = LoginPage.open(browser.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD);
            shell.toggleMenu();
            shell.openMenu("档案归档");
            ArchivePage page = ArchivePage.at(browser.driver());
            assertTrue(page.rules().contains(CONDITION), page.rules());
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);

            String target = page.period(CONDITION).equals("10 年") ? "30 年" : "10 年";
            page.changePeriod(CONDITION, target);
            wait.until(d -> page.messages().contains("保管期限规则已保存"));
            assertEquals(target.equals("10 年") ? "D10" : "D30", app.database().text("SELECT retention " + ROW));
            browser.driver().navigate().refresh();
            ArchivePage reloaded = ArchivePage.at(browser.driver());
            assertEquals(target, reloaded.period(CONDITION));

            reloaded.add(null, "永久");
            wait.until(d -> reloaded.conditionMessage().contains("请选择条件"));
            reloaded.add(CONDITION, "永久");
            wait.until(d -> reloaded.conditionMessage().contains("已有规则"));
            assertEquals(rows, app.database().scalar("SELECT COUNT(*) FROM archive_rule"));

            // someone else changes the row after it was shown: the change is refused and explained, the row read again
            app.database().execute("UPDATE archive_rule SET version = version + 1 WHERE kind = 'REQUEST' AND classifier = 'NOT_DISCLOSED'");
            reloaded.changePeriod(CONDITION, "永久");
            wait.until(d -> reloaded.messages().contains("已被他人修改"));
            assertEquals(target.equals("10 年") ? "D10" : "D30", app.database().text("SELECT retention " + ROW));
            assertEquals(target, reloaded.period(CONDITION));
            assertEquals(List.of(), browser.consoleErrors());
        } finally {
            app.database().execute("UPDATE archive_rule SET retention = '" + before + "' WHERE kind = 'REQUEST' AND classifier = 'NOT_DISCLOSED'");
        }
    }
}
