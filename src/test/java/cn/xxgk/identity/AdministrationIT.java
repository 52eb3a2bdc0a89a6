package cn.xxgk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The administration boundary through its REST API: who may do what, the audit rows of
 * successes, failures and refusals, problem+json bodies in Chinese, optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows audit;
    long auditBefore;

    @BeforeEach
    void setUp() throws SQLException {
        audit = new AuditRows(ArquillianSetup.database());
        auditBefore = audit.lastId();
    }

    private AppClient loggedIn(String username) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(username, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    @Test
    void withoutLoginTheApiAnswers401WithAProblem() throws Exception {
        HttpResponse<String> response = new AppClient(base.toString()).get("api/v1/departments");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains("需要登录"), response.body());
    }

    @Test
    void officeStaffCreateADepartmentAndTheAuditRecordSaysSo() throws Exception {
        AppClient office = loggedIn("office");
        String name = "测试处" + System.nanoTime() % 100000;

        HttpResponse<String> created = office.sendJson("POST", "api/v1/departments", "{\"name\":\"" + name + "\"}");

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(office.get("api/v1/departments").body().contains(name));
        assertEquals(1, audit.count(auditBefore, "office", "DEPARTMENT_CREATE", "SUCCESS"));
    }

    @Test
    void anEmptyDepartmentNameIsA400InChineseAndNothingIsSaved() throws Exception {
        AppClient office = loggedIn("office");
        long before = audit.scalar("SELECT COUNT(*) FROM department");

        HttpResponse<String> response = office.sendJson("POST", "api/v1/departments", "{\"name\":\"  \"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("处室名称不能为空"), response.body());
        assertEquals(before, audit.scalar("SELECT COUNT(*) FROM department"));
        assertEquals(1, audit.count(auditBefore, "office", "DEPARTMENT_CREATE", "FAILED"));
    }

    @Test
    void departmentStaffMayNotCreateDepartments() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long before = audit.scalar("SELECT COUNT(*) FROM department");

        HttpResponse<String> response = staff.sendJson("POST", "api/v1/departments", "{\"name\":\"越权处\"}");

        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains("无权访问"), response.body());
        assertEquals(before, audit.scalar("SELECT COUNT(*) FROM department"));
        assertEquals(1, audit.count(auditBefore, "deptstaff", "ACCESS", "REFUSED"));
    }

    @Test
    void onlyTheOfficeHeadGrantsRoles() throws Exception {
        long userId = audit.scalar("SELECT id FROM app_user WHERE username = 'discipline'");
        long version = audit.scalar("SELECT version FROM app_user WHERE username = 'discipline'");
        String grant = "{\"roles\":[\"DISCIPLINE\",\"SECRECY_OFFICER\"],\"version\":" + version + "}";

        HttpResponse<String> byStaff = loggedIn("office").sendJson("PUT", "api/v1/users/" + userId + "/roles", grant);
        assertEquals(403, byStaff.statusCode(), "office staff may not grant roles");
        assertEquals(1, audit.count(auditBefore, "office", "ACCESS", "REFUSED"));

        HttpResponse<String> byHead = loggedIn("officehead").sendJson("PUT", "api/v1/users/" + userId + "/roles", grant);
        assertEquals(200, byHead.statusCode(), byHead.body());
        assertTrue(byHead.body().contains("SECRECY_OFFICER"));
        assertEquals(2, audit.scalar("SELECT COUNT(*) FROM role_assignment WHERE user_id = " + userId));
        assertEquals(1, audit.count(auditBefore, "officehead", "USER_ROLES_GRANT", "SUCCESS"));

        // put the demo account back as it was for the other tests
        long now = audit.scalar("SELECT version FROM app_user WHERE id = " + userId);
        loggedIn("officehead").sendJson("PUT", "api/v1/users/" + userId + "/roles",
                "{\"roles\":[\"DISCIPLINE\"],\"version\":" + now + "}");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        AppClient office = loggedIn("office");
        HttpResponse<String> created = office.sendJson("POST", "api/v1/departments",
                "{\"name\":\"并发处" + System.nanoTime() % 100000 + "\"}");
        long id = idOf(created.body());
        long seen = versionOf(created.body());

        HttpResponse<String> first = office.sendJson("PUT", "api/v1/departments/" + id,
                "{\"name\":\"第一次改名" + id + "\",\"version\":" + seen + "}");
        HttpResponse<String> second = office.sendJson("PUT", "api/v1/departments/" + id,
                "{\"name\":\"第二次改名" + id + "\",\"version\":" + seen + "}");

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(409, second.statusCode(), "the second editor saw an old version");
        assertTrue(second.body().contains("数据已被他人修改"), second.body());
        assertEquals(1, audit.scalar("SELECT COUNT(*) FROM department WHERE name = '第一次改名" + id + "'"));
    }

    @Test
    void readinessChecksTheDatabaseAndTheMigrations() throws Exception {
        URI health = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertTrue(response.body().matches(".*\"pendingMigrations\":\"?0\"?.*"), response.body());
    }

    private static long idOf(String json) {
        return number(json, "id");
    }

    private static long versionOf(String json) {
        return number(json, "version");
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }
}
