package cn.xxgk.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.catalogue.AttachmentSamples;
import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Cross-site request forgery, caching and the security headers, over plain HTTP as a browser would
 * send it: a state-changing request that names another site as its Origin (or Referer) is refused
 * with 403 before anything runs, whatever its body; our own pages' requests and clients that name
 * no origin (scripts, the other ITs) go through. Every response, a redirect and a 404 included,
 * carries the security headers; pages and JSON are not stored by the browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

    static final String FOREIGN = "http://evil.example";

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows db;
    long auditBefore;

    @BeforeEach
    void setUp() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        auditBefore = db.lastId();
    }

    @Test
    void aJsonPostFromAnotherSiteIsRefusedAndNothingIsStored() throws Exception {
        AppClient office = loggedIn("office").alwaysSend("Origin", FOREIGN);
        long departments = db.scalar("SELECT COUNT(*) FROM department");

        HttpResponse<String> response = office.sendJson("POST", "api/v1/departments", "{\"name\":\"跨站处\"}");

        assertRefusedProblem(response);
        assertEquals(departments, db.scalar("SELECT COUNT(*) FROM department"));
        assertEquals(1, db.count(auditBefore, "office", "CROSS_ORIGIN", "REFUSED"));
        assertEquals(0, db.count(auditBefore, "office", "DEPARTMENT_CREATE", "SUCCESS"));
    }

    @Test
    void withoutAnOriginAForeignRefererIsRefused() throws Exception {
        AppClient office = loggedIn("office").alwaysSend("Referer", FOREIGN + "/xxgk.html");
        long departments = db.scalar("SELECT COUNT(*) FROM department");

        HttpResponse<String> response = office.sendJson("POST", "api/v1/departments", "{\"name\":\"来源处\"}");

        assertRefusedProblem(response);
        assertEquals(departments, db.scalar("SELECT COUNT(*) FROM department"));
    }

    @Test
    void ourOwnPagesAndClientsWithoutAnOriginMayChangeThings() throws Exception {
        AppClient office = loggedIn("office");
        String suffix = String.valueOf(System.nanoTime() % 100000);

        HttpResponse<String> script = office.sendJson("POST", "api/v1/departments", "{\"name\":\"脚本处" + suffix + "\"}");
        HttpResponse<String> page = office.alwaysSend("Origin", origin())
                .sendJson("POST", "api/v1/departments", "{\"name\":\"同源处" + suffix + "\"}");
        HttpResponse<String> referred = office.alwaysSend("Origin", null).alwaysSend("Referer", base + "admin/departments.xhtml")
                .sendJson("POST", "api/v1/departments", "{\"name\":\"引用处" + suffix + "\"}");

        assertEquals(201, script.statusCode(), script.body());
        assertEquals(201, page.statusCode(), page.body());
        assertEquals(201, referred.statusCode(), referred.body());
    }

    @Test
    void aFormPostFromAnotherSiteDoesNotRunTheReminderPass() throws Exception {
        AppClient head = loggedIn("officehead");

        HttpResponse<String> forged = head.alwaysSend("Origin", FOREIGN).postForm("api/v1/notifications/pass", Map.of("x", "1"));

        assertRefusedProblem(forged);
        assertEquals(0, db.count(auditBefore, "officehead", "REMINDER_PASS", "SUCCESS"));
        // the same form body without an Origin (not a browser) runs it: the refusal was the Origin's
        HttpResponse<String> direct = head.alwaysSend("Origin", null).postForm("api/v1/notifications/pass", Map.of("x", "1"));
        assertEquals(200, direct.statusCode(), direct.body());
        assertEquals(1, db.count(auditBefore, "officehead", "REMINDER_PASS", "SUCCESS"));
    }

    @Test
    void aMultipartUploadFromAnotherSiteStoresNoAttachment() throws Exception {
        AppClient staff = loggedIn("deptstaff");
        long item = draft(staff);
        byte[] pdf = AttachmentSamples.pdf("跨站上传");

        HttpResponse<String> forged = staff.alwaysSend("Origin", FOREIGN)
                .postFile("api/v1/gov-info/" + item + "/attachments", "file", "跨站.pdf", "application/pdf", pdf);

        assertRefusedProblem(forged);
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + item));
        HttpResponse<String> own = staff.alwaysSend("Origin", origin())
                .postFile("api/v1/gov-info/" + item + "/attachments", "file", "本站.pdf", "application/pdf", pdf);
        assertEquals(201, own.statusCode(), own.body());
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + item));
    }

    /**
     * A JSF postback with a valid view state and nonce (got by GET in the victim's session) sent by
     * another site's page: the account is not created, the refusal page says why. Our own page's
     * identical post creates it, so the refusal is the Origin's.
     */
    @Test
    void aJsfPostbackFromAnotherSiteCreatesNoAccount() throws Exception {
        AppClient head = loggedIn("officehead");
        String forgedName = "csrf" + System.nanoTime() % 100000;
        String ownName = forgedName + "own";

        Map<String, String> forgedForm = newAccount(head, forgedName);
        HttpResponse<String> forged = head.alwaysSend("Origin", FOREIGN).postForm("admin/users.xhtml", forgedForm);

        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("跨站请求被拒绝"), forged.body());
        assertTrue(forged.body().contains("未做任何修改"), forged.body());
        assertSecurityHeaders(forged);
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM app_user WHERE username = '" + forgedName + "'"));
        assertEquals(1, db.count(auditBefore, "officehead", "CROSS_ORIGIN", "REFUSED"));

        Map<String, String> ownForm = newAccount(head.alwaysSend("Origin", null), ownName);
        HttpResponse<String> own = head.alwaysSend("Origin", origin()).postForm("admin/users.xhtml", ownForm);
        assertTrue(own.statusCode() < 400, own.statusCode() + " " + own.body());
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM app_user WHERE username = '" + ownName + "'"));
    }

    /**
     * A postback in the user's own session with a valid view state but without the page's PrimeFaces
     * nonce (none, or another one): refused as "page expired" before the action runs (PrimeFaces alone
     * checks the nonce only when rendering, after the action).
     */
    @Test
    void aPostbackWithoutThePagesNonceCreatesNoAccount() throws Exception {
        AppClient head = loggedIn("officehead");
        String name = "nonce" + System.nanoTime() % 100000;
        Map<String, String> wrong = newAccount(head, name);
        wrong.put("primefaces.nonce", Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(UTF_8)));
        Map<String, String> missing = newAccount(head, name);
        missing.remove("primefaces.nonce");

        for (Map<String, String> form : List.of(wrong, missing)) {
            HttpResponse<String> posted = head.postForm("admin/users.xhtml", form);
            HttpResponse<String> shown = posted.statusCode() == 302
                    ? head.browse(posted.headers().firstValue("Location").orElseThrow()) : posted;
            assertTrue(shown.body().contains("页面已过期"), shown.statusCode() + " " + shown.body());
        }

        assertEquals(0, db.scalar("SELECT COUNT(*) FROM app_user WHERE username = '" + name + "'"));
        assertEquals(2, db.count(auditBefore, "officehead", "FORM_POST", "REFUSED"));
    }

    @Test
    void theRedirectToTheLoginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = new AppClient(base.toString()).get("request/list.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertSecurityHeaders(response);
        assertNotStored(response);
    }

    @Test
    void notFoundPagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        AppClient office = loggedIn("office");

        HttpResponse<String> page = office.get("no-such-page.xhtml");
        HttpResponse<String> api = office.get("api/v1/no-such-resource");
        HttpResponse<String> anonymous = new AppClient(base.toString()).get("api/v1/requests");

        assertEquals(404, page.statusCode());
        assertSecurityHeaders(page);
        assertEquals(404, api.statusCode(), api.body());
        assertSecurityHeaders(api);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertSecurityHeaders(anonymous);
    }

    @Test
    void requestsAsJsonAndAsAPageAreNotStoredButScriptsAreCached() throws Exception {
        AppClient office = loggedIn("office");

        HttpResponse<String> json = office.get("api/v1/requests");
        HttpResponse<String> page = office.get("request/list.xhtml");

        assertEquals(200, json.statusCode(), json.body());
        assertNotStored(json);
        assertEquals(200, page.statusCode());
        assertNotStored(page);
        Matcher script = Pattern.compile("src=\"[^\"]*?/(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> resource = office.get(script.group(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                resource.headers().map().toString());
    }

    private AppClient loggedIn(String username) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(username, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    /** scheme://host:port of the application, as a browser names it in Origin. */
    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** The new-account form of the users page, filled, with the view state and nonce of a fresh GET. */
    private static Map<String, String> newAccount(AppClient head, String username) throws Exception {
        String html = head.get("admin/users.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("new-user", "new-user");
        form.put("new-user:username", username);
        form.put("new-user:displayName", "跨站测试");
        form.put("new-user:password", "Kq7!vR2#mZ9$wL4x");
        form.put("new-user:create", "");
        form.put("jakarta.faces.ViewState", AppClient.viewState(html));
        form.put("primefaces.nonce", AppClient.cspNonce(html));
        return form;
    }

    private long draft(AppClient staff) throws Exception {
        HttpResponse<String> response = staff.sendJson("POST", "api/v1/gov-info", """
                {"title":"跨站上传测试","body":"<p>正文</p>","documentType":"通知","writtenDate":"%s",
                 "subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"PROACTIVE"}""".formatted(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        assertEquals(201, response.statusCode(), response.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertTrue(id.find(), response.body());
        return Long.parseLong(id.group(1));
    }

    private static void assertRefusedProblem(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains("跨站请求被拒绝"), response.body());
        assertTrue(response.body().contains("未做任何修改"), response.body());
        assertSecurityHeaders(response);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String where = response.statusCode() + " " + response.uri() + " " + response.headers().map();
        assertTrue(response.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(v -> v.contains("frame-ancestors 'none'")), where);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), where);
    }

    private static void assertNotStored(HttpResponse<String> response) {
        String where = response.statusCode() + " " + response.uri() + " " + response.headers().map();
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), where);
        assertEquals("no-cache", response.headers().firstValue("Pragma").orElse(null), where);
    }
}
