package cn.xxgk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The input findings of issue #13, each as its user meets it on a real item: a 400 problem in
 * Chinese that names the field, quotes no more than a short prefix, and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows db;
    final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @BeforeEach
    void setUp() {
        db = new AuditRows(ArquillianSetup.database());
    }

    @Test
    void malformedJsonIsABadRequestInChineseEvenAnonymously() throws Exception {
        HttpResponse<String> response = new AppClient(base.toString()).sendJson("POST", "api/v1/gov-info", "[");

        assertProblem(400, "请求内容无法读取", response);
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void aLongCommentOnConfirmIsRefusedAndTheItemStaysADraft() throws Exception {
        long id = draft("较长意见测试");
        long version = db.scalar("SELECT version FROM gov_info WHERE id = " + id);

        HttpResponse<String> response = user("depthead").sendJson("POST", "api/v1/gov-info/" + id + "/confirm",
                "{\"version\":" + version + ",\"comment\":\"" + "意".repeat(2001) + "\"}");

        assertProblem(400, "comment 过长：最多 2000 个字符", response);
        assertEquals("DRAFT", db.text("SELECT state FROM gov_info WHERE id = " + id));
        assertEquals(version, db.scalar("SELECT version FROM gov_info WHERE id = " + id));
    }

    @Test
    void aOneMegabyteDocumentTypeIsRefusedWithoutBeingQuotedBack() throws Exception {
        long before = db.scalar("SELECT COUNT(*) FROM gov_info");

        HttpResponse<String> response = user("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson("文种过长", "A".repeat(1_000_000)));

        assertProblem(400, "documentType 过长：最多 20 个字符", response);
        assertTrue(response.body().length() < 1_000, response.body().length() + " characters");
        assertEquals(before, db.scalar("SELECT COUNT(*) FROM gov_info"));
    }

    @Test
    void aNulInATitleIsRefused() throws Exception {
        long before = db.scalar("SELECT COUNT(*) FROM gov_info");

        HttpResponse<String> response = user("deptstaff").sendJson("POST", "api/v1/gov-info",
                draftJson("标题\\u0000含空字符", "通知"));

        assertProblem(400, "title 含有不允许的控制字符", response);
        assertEquals(before, db.scalar("SELECT COUNT(*) FROM gov_info"));
    }

    @Test
    void farDatesAndEndlessPagesAreRefused() throws Exception {
        AppClient anonymous = new AppClient(base.toString());

        assertProblem(400, "超出允许范围", anonymous.get("api/v1/calendar/add?from=9999-12-31&workingDays=1"));
        assertProblem(400, "超出允许范围", anonymous.get("api/v1/calendar/days/1900-01-01"));
        assertProblem(400, "页码须为 1 至 500", anonymous.get("api/v1/catalogue?page=2147483647"));
        assertProblem(400, "控制字符", anonymous.get("api/v1/catalogue?q=a%00b"));
        assertEquals(200, anonymous.get("api/v1/catalogue?page=500").statusCode());
    }

    @Test
    void aCalendarFileNestedTooDeeplyIsRefused() throws Exception {
        long days = db.scalar("SELECT COUNT(*) FROM calendar_day");

        HttpResponse<String> response = user("office").sendJson("POST", "api/v1/calendar/years/2027",
                "{\"year\":2027,\"days\":" + "[".repeat(5000) + "]".repeat(5000) + "}");

        assertProblem(400, "嵌套过深", response);
        assertEquals(days, db.scalar("SELECT COUNT(*) FROM calendar_day"));
    }

    @Test
    void anUploadWithoutItsFilePartIsABadRequest() throws Exception {
        long id = draft("缺少文件的上传");

        HttpResponse<String> noBoundary = user("deptstaff").postFile("api/v1/gov-info/" + id + "/attachments",
                "other", "a.pdf", "application/pdf", "%PDF-1.4".getBytes());

        assertEquals(400, noBoundary.statusCode(), noBoundary.body());
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM gov_info_attachment WHERE gov_info_id = " + id));
    }

    private long draft(String title) throws Exception {
        HttpResponse<String> response = user("deptstaff").sendJson("POST", "api/v1/gov-info", draftJson(title, "通知"));
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("id").longValue();
    }

    private String draftJson(String title, String documentType) {
        return """
                {"title":"%s","body":"<p>正文</p>","documentType":"%s","writtenDate":"%s",
                 "subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"PROACTIVE"}""".formatted(title, documentType, today);
    }

    private AppClient user(String name) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(name, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + name);
        return client;
    }

    private static void assertProblem(int status, String detail, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertTrue(response.body().contains(detail), response.body());
    }
}
