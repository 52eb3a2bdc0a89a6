package cn.xxgk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.AuditLogPage;
import cn.xxgk.testsupport.pages.DepartmentsPage;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.ShellPage;
import cn.xxgk.testsupport.pages.UsersPage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The shell in Chromium: a phone-sized window, the admin page, error pages. */
class ShellBrowserIT {

    RunningApp app;
    Browser browser;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.local();
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void onAPhoneTheMenuFoldsBehindAButtonAndNothingOverflows() throws Exception {
        browser = new Browser(Browser.PHONE);
        ShellPage home = LoginPage.open(browser.driver(), app.url()).loginAs("officehead", DemoDirectory.DEMO_PASSWORD);

        assertFalse(home.menuVisible(), "the menu is folded on a 390 px window");
        home.toggleMenu();
        assertTrue(home.menuVisible());
        ShellPage users = home.openMenu("用户与角色");
        assertEquals("用户与角色", users.title());
        long overflow = (Long) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no horizontal scrolling on a phone, overflow " + overflow + " px");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theOfficeAddsADepartmentAndAnEmptyNameIsRefusedInChinese() throws Exception {
        browser = new Browser(Browser.DESKTOP);
        LoginPage.open(browser.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD).openMenu("处室管理");
        DepartmentsPage departments = new DepartmentsPage(browser.driver());
        String name = "浏览器测试处" + System.nanoTime() % 10000;

        departments.add(name);
        assertTrue(departments.listText().contains(name), departments.listText());

        String before = departments.listText();
        departments.add(" ");
        assertTrue(departments.messages().contains("必填") || departments.messages().contains("不能为空"),
                departments.messages());
        assertEquals(before, departments.listText(), "nothing was added");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theOfficeHeadCreatesAnAccountAndGrantsItARole() throws Exception {
        browser = new Browser(Browser.DESKTOP);
        LoginPage.open(browser.driver(), app.url()).loginAs("officehead", DemoDirectory.DEMO_PASSWORD).openMenu("用户与角色");
        String username = "new.user" + System.nanoTime() % 10000;

        UsersPage users = new UsersPage(browser.driver()).createAccount(username, "新同事", "initial-pass-123", "处室工作人员");
        assertEquals("处室工作人员", users.rolesOf(username), users.messages());

        users.grantRole(username, "保密人员");
        assertTrue(users.rolesOf(username).contains("保密人员"), users.rolesOf(username));
        assertTrue(users.rolesOf(username).contains("处室工作人员"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aTooShortInitialPasswordIsRefusedInChinese() throws Exception {
        browser = new Browser(Browser.DESKTOP);
        LoginPage.open(browser.driver(), app.url()).loginAs("officehead", DemoDirectory.DEMO_PASSWORD).openMenu("用户与角色");
        String username = "short.pw" + System.nanoTime() % 10000;

        UsersPage users = new UsersPage(browser.driver()).createAccount(username, "短密码", "short", null);

        assertTrue(users.messages().contains("密码至少需要 12 位"), users.messages());
        assertEquals(null, users.rolesOf(username), "no account was created");
    }

    @Test
    void disciplineInspectionReadsTheAuditRecordAndFiltersRefusals() throws Exception {
        browser = new Browser(Browser.DESKTOP);
        LoginPage.open(browser.driver(), app.url()).submitExpectingRefusal("discipline", "a-wrong-password");
        ShellPage audit = LoginPage.open(browser.driver(), app.url())
                .loginAs("discipline", DemoDirectory.DEMO_PASSWORD).openMenu("审计记录");

        assertEquals("审计记录", audit.title());
        AuditLogPage log = AuditLogPage.at(browser.driver());
        String records = log.records();
        assertTrue(records.contains("discipline") && records.contains("LOGIN") && records.contains("成功"), records);

        String refused = log.filterByResult("拒绝", "成功").records();
        assertTrue(refused.contains("拒绝") && refused.contains("discipline"), refused);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aPageTheRoleMayNotOpenShowsTheChinese403Page() throws Exception {
        browser = new Browser(Browser.DESKTOP);
        LoginPage.open(browser.driver(), app.url()).loginAs("deptstaff", DemoDirectory.DEMO_PASSWORD);

        browser.driver().get(app.url() + "audit/log.xhtml");

        assertTrue(browser.driver().findElement(By.id("error-text")).getText().contains("无权访问"));
    }
}
