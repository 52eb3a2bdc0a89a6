package cn.xxgk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, session and refusals at the HTTP boundary, on a real Payara Micro with a real MariaDB.
 * Deploys the application WAR as built; every test checks what the user sees and what the
 * audit record says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AppClient client;
    AuditRows audit;
    long auditBefore;

    @BeforeEach
    void setUp() throws SQLException {
        client = new AppClient(base.toString());
        audit = new AuditRows(ArquillianSetup.database());
        auditBefore = audit.lastId();
    }

    @Test
    void localLoginOpensTheHomePageAndRenewsTheSessionId() throws Exception {
        client.get("login.xhtml");
        String before = client.sessionId().orElseThrow();

        HttpResponse<String> posted = client.login("office", DemoDirectory.DEMO_PASSWORD);

        assertEquals(302, posted.statusCode(), "a successful login redirects");
        assertNotEquals(before, client.sessionId().orElseThrow(), "the session id is renewed at login");
        HttpResponse<String> home = client.browse("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("欢迎，office"), "the home page greets the user in Chinese");
        assertTrue(home.body().contains("办公室工作人员"), "the home page names the role");
        assertTrue(home.body().contains("条信息待办公室审核"), "my tasks lists what waits for the office (demo data)");
        assertEquals(1, audit.count(auditBefore, "office", "LOGIN", "SUCCESS"));
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndRecorded() throws Exception {
        HttpResponse<String> posted = client.login("office", "not-the-password");

        assertEquals(200, posted.statusCode(), "the login page is shown again");
        assertTrue(posted.body().contains("用户名或密码错误"));
        assertFalse(client.browse("api/v1/me").statusCode() == 200, "no session was opened");
        assertEquals(1, audit.count(auditBefore, "office", "LOGIN", "REFUSED"));
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        HttpResponse<String> posted = client.login("nobody-" + UUID.randomUUID(), "whatever-password");

        assertTrue(posted.body().contains("用户名或密码错误"), "unknown users are not told apart from wrong passwords");
        assertEquals(1, audit.count(auditBefore, null, "LOGIN", "REFUSED"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = client.get("login.xhtml");

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void aTamperedSessionCookieLeadsToTheLoginPageAndIsRecorded() throws Exception {
        client.login("office", DemoDirectory.DEMO_PASSWORD);
        client.forgeSessionId(client.sessionId().orElseThrow() + "x");

        HttpResponse<String> response = client.get("");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertEquals(1, audit.count(auditBefore, null, "SESSION", "REFUSED"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        client.login("office", DemoDirectory.DEMO_PASSWORD);
        assertEquals(200, client.get("api/v1/me").statusCode());

        HttpResponse<String> out = client.postForm("logout", Map.of());

        assertEquals(302, out.statusCode());
        assertEquals(401, client.get("api/v1/me").statusCode(), "the old session no longer authenticates");
        assertEquals(1, audit.count(auditBefore, "office", "LOGOUT", "SUCCESS"));
    }

    @Test
    void aPageTheRoleMayNotOpenShowsTheChinese403PageAndIsRecorded() throws Exception {
        client.login("deptstaff", DemoDirectory.DEMO_PASSWORD);

        HttpResponse<String> page = client.get("admin/users.xhtml");

        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("无权访问"), "a Chinese explanation");
        assertNoStackTrace(page.body());
        assertEquals(1, audit.count(auditBefore, "deptstaff", "ACCESS", "REFUSED"));
    }

    @Test
    void anUnknownPageShowsTheChinese404Page() throws Exception {
        client.login("office", DemoDirectory.DEMO_PASSWORD);

        HttpResponse<String> page = client.get("no-such-page.xhtml");

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("页面不存在"));
        assertNoStackTrace(page.body());
    }

    @Test
    void aForgedFormPostChangesNothingAndIsRecorded() throws Exception {
        client.login("office", DemoDirectory.DEMO_PASSWORD);
        long departments = audit.scalar("SELECT COUNT(*) FROM department");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("new-department", "new-department");
        forged.put("new-department:name", "伪造的处室");
        forged.put("new-department:add", "");
        forged.put("jakarta.faces.ViewState", "-1234567890:987654321");

        HttpResponse<String> posted = client.postForm("admin/departments.xhtml", forged);
        HttpResponse<String> response = posted.statusCode() == 302
                ? client.browse(posted.headers().firstValue("Location").orElseThrow()) : posted;

        assertTrue(response.body().contains("页面已过期"), response.statusCode() + " " + response.headers().map() + response.body());
        assertNoStackTrace(response.body());
        assertEquals(departments, audit.scalar("SELECT COUNT(*) FROM department"), "nothing was created");
        assertEquals(1, audit.count(auditBefore, "office", "FORM_POST", "REFUSED"));
    }

    @Test
    void securityHeadersAreOnEveryPage() throws Exception {
        HttpResponse<String> page = client.get("login.xhtml");

        assertTrue(page.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")));
        assertTrue(page.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("nonce-")),
                "PrimeFaces' nonce policy for scripts");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElseThrow());
    }

    @Test
    void theAuditRecordRefusesUpdatesAndDeletesEvenToTheSchemaOwner() throws Exception {
        client.login("office", DemoDirectory.DEMO_PASSWORD);
        long last = audit.lastId();
        // the application's account has no such right (DatabaseAccountsIT); the owner's is stopped by the triggers
        AuditRows owner = new AuditRows(ArquillianSetup.database().asOwner());

        SQLException update = assertThrows(SQLException.class,
                () -> owner.execute("UPDATE audit_record SET result = 'SUCCESS' WHERE id = " + last));
        SQLException delete = assertThrows(SQLException.class, () -> owner.execute("DELETE FROM audit_record WHERE id = " + last));
        assertTrue(update.getMessage().contains("append-only") && delete.getMessage().contains("append-only"),
                update.getMessage() + " / " + delete.getMessage());
        assertEquals(last, audit.lastId());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains(".java:"), "no stack frame in the page");
        assertFalse(body.contains("Error report"), "not the server's own error page");
    }
}
