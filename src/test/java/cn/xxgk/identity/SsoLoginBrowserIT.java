package cn.xxgk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.devserver.PayaraProcess;
import cn.xxgk.testsupport.Browser;
import cn.xxgk.testsupport.RunningApp;
import cn.xxgk.testsupport.pages.ShellPage;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Login through the government SSO, played by mock-oauth2-server (a real OpenID Connect
 * provider: discovery, authorization code with PKCE, signed ID tokens, JWKS). The application
 * runs with an issuer configured, so its login goes there; the SSO's groups claim is mapped to
 * roles by configuration.
 */
class SsoLoginBrowserIT {

    static MockOAuth2Server sso;
    static RunningApp app;
    Browser browser;

    @BeforeAll
    static void startSsoAndApp() throws Exception {
        sso = new MockOAuth2Server();
        int port = PayaraProcess.freePort();
        sso.start(InetAddress.getByName("127.0.0.1"), port);
        // 127.0.0.1 throughout: the mock names its issuer after the Host header it is reached by
        app = RunningApp.start("sso", Map.of(
                "xxgk.oidc.issuer", "http://127.0.0.1:" + port + "/gov",
                "xxgk.oidc.client-id", "xxgk",
                "xxgk.oidc.client-secret", "xxgk-secret",
                "xxgk.oidc.roles-claim", "groups",
                "xxgk.oidc.role-map", "zz-office=OFFICE_STAFF,zz-leaders=LEADER_IN_CHARGE"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (sso != null) {
            sso.shutdown();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(Browser.DESKTOP);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theFirstSsoLoginCreatesTheUserWithTheMappedRole() throws Exception {
        String subject = "sso-" + System.nanoTime();
        sso.enqueueCallback(new DefaultOAuth2TokenCallback("gov", subject, "JWT", List.of("xxgk"),
                Map.of("preferred_username", "zhao.tongyi", "name", "赵统一", "groups", List.of("zz-office", "other-app"))));

        browser.driver().get(app.url() + "index.xhtml"); // portal: the bare root is the public portal's
        ShellPage home = ShellPage.at(browser.driver());

        assertEquals("zhao.tongyi", home.currentUser());
        assertTrue(home.content().contains("办公室工作人员"), "the SSO group zz-office maps to OFFICE_STAFF");
        assertEquals(List.of("首页", "我的提醒", "主动公开", "公开目录", "逾期发布", "依申请公开", "目录设置", "处室管理", "用户与角色", "工作日历",
                "统计与年度报告", "处室考核", "档案归档"), home.menu());
        assertEquals(1, app.database().scalar(
                "SELECT COUNT(*) FROM app_user WHERE sso_subject = '" + subject + "' AND password_hash IS NULL"),
                "the first login created the local user record");
        assertEquals(1, app.database().count(0, "zhao.tongyi", "LOGIN", "SUCCESS"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void anSsoUserWithoutMappedGroupsGetsNoRole() throws Exception {
        sso.enqueueCallback(new DefaultOAuth2TokenCallback("gov", "sso-plain-" + System.nanoTime(), "JWT",
                List.of("xxgk"), Map.of("preferred_username", "qian.plain", "groups", List.of("unrelated"))));

        browser.driver().get(app.url() + "admin/users.xhtml");

        assertTrue(browser.driver().getPageSource().contains("无权访问"),
                "logged in through the SSO, but no role opens the administration");
    }
}
