package cn.xxgk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.LoginPage;
import cn.xxgk.testsupport.pages.ShellPage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local login in Chromium: log in, be refused, log out, see the menu of one's roles. */
class LoginBrowserIT {

    RunningApp app;
    Browser browser;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.local();
        browser = new Browser(Browser.DESKTOP);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void aDemoUserLogsInAndSeesTheHomePage() {
        ShellPage home = LoginPage.open(browser.driver(), app.url()).loginAs("office", DemoDirectory.DEMO_PASSWORD);

        assertEquals("office", home.currentUser());
        assertEquals("首页", home.title());
        assertTrue(home.content().contains("我的待办"));
        assertTrue(home.content().contains("办公室工作人员"));
        assertEquals(List.of(), browser.consoleErrors(), "no script error and no CSP violation");
    }

    @Test
    void aWrongPasswordIsRefusedWithAChineseMessage() {
        LoginPage login = LoginPage.open(browser.driver(), app.url())
                .submitExpectingRefusal("office", "wrong-password");

        assertTrue(login.errorMessage().contains("用户名或密码错误"), login.errorMessage());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aRequiredFieldLeftEmptyIsNamedInChinese() {
        LoginPage login = LoginPage.open(browser.driver(), app.url()).submitExpectingRefusal("", "");

        assertTrue(login.errorMessage().contains("必填"), login.errorMessage());
    }

    @Test
    void logoutReturnsToTheLoginPageAndTheHomePageNeedsLoginAgain() {
        ShellPage home = LoginPage.open(browser.driver(), app.url()).loginAs("leader", DemoDirectory.DEMO_PASSWORD);

        LoginPage login = home.logout();

        assertTrue(login.showsLoggedOutNotice());
        browser.driver().get(app.url());
        LoginPage.at(browser.driver());
    }

    @Test
    void theMenuShowsWhatEachRoleMayUse() {
        assertEquals(List.of("首页", "我的提醒", "主动公开", "公开目录"), menuOf("deptstaff"));
        assertEquals(List.of("首页", "我的提醒", "主动公开", "公开目录", "逾期发布", "依申请公开", "目录设置", "处室管理", "用户与角色", "工作日历",
                "统计与年度报告", "处室考核", "档案归档"), menuOf("office"));
        assertEquals(List.of("首页", "我的提醒", "主动公开", "公开目录", "逾期发布", "依申请公开", "目录设置", "处室管理", "用户与角色",
                "导入历史目录", "公开指南维护", "检索索引", "工作日历", "审计记录", "统计与年度报告", "处室考核", "档案归档"), menuOf("officehead"));
        assertEquals(List.of("首页", "我的提醒", "公开目录", "审计记录", "处室考核", "档案归档"), menuOf("discipline"));
        assertEquals(List.of("首页", "我的提醒", "主动公开", "公开目录", "逾期发布", "统计与年度报告", "处室考核"), menuOf("director"));
    }

    @Test
    void afterLoginTheUserLandsOnThePageFirstAskedFor() {
        browser.driver().get(app.url() + "admin/departments.xhtml");

        ShellPage page = LoginPage.at(browser.driver()).loginAs("office", DemoDirectory.DEMO_PASSWORD);

        assertEquals("处室管理", page.title());
    }

    private List<String> menuOf(String username) {
        browser.driver().manage().deleteAllCookies();
        List<String> menu = LoginPage.open(browser.driver(), app.url()).loginAs(username, DemoDirectory.DEMO_PASSWORD).menu();
        return menu;
    }
}
