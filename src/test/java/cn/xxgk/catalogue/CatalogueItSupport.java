package cn.xxgk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the catalogue's IT classes (one per phase of the chain: drafting, review and sign-off,
 * publication) share: the deployment of the built WAR, the database rows, logged-in clients and
 * the chain's JSON commands.
 */
abstract class CatalogueItSupport {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    AuditRows db;
    long auditBefore;
    LocalDate today;

    @BeforeEach
    void setUpDatabase() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        auditBefore = db.lastId();
        today = LocalDate.now(AGENCY_ZONE);
    }

    /** Drafted (as an official document), confirmed, reviewed, passed the secrecy review. */
    JsonObject secrecyPassed(String title, LocalDate written, boolean officialDocument) throws Exception {
        String sheet = draftJson(title, written, "PROACTIVE", null, null);
        JsonObject item = created(loggedIn("deptstaff"),
                officialDocument ? sheet : sheet.replace("\"officialDocument\":true", "\"officialDocument\":false"));
        long id = id(item);
        item = ok(loggedIn("depthead"), id, "confirm", version(item), "");
        item = ok(loggedIn("office"), id, "review", version(item), "");
        return ok(loggedIn("secrecy"), id, "secrecy", version(item), "\"outcome\":\"PASSED\"");
    }

    /** An official document signed off by the director (seed 三(四)). */
    JsonObject signedOffWritten(String title, LocalDate written) throws Exception {
        JsonObject item = secrecyPassed(title, written, true);
        return ok(loggedIn("director"), id(item), "sign-off", version(item), "");
    }

    JsonObject signedOff(String title) throws Exception {
        return signedOffWritten(title, today);
    }

    /** The drafting sheet; {@code extra} fields come after the defaults, so they override them. */
    static String draftJson(String title, LocalDate written, String attribute, String extra, String number) {
        return """
                {"title":"%s","body":"<p>正文第一段</p><script>alert(1)</script><p>正文第二段</p>","documentType":"通知",
                 "writtenDate":"%s","subjectCategory":"INDUSTRY_TRANSPORT","keyContentCategory":"BIG_DATA_INDUSTRY",
                 "officialDocument":true,"attribute":"%s"%s%s}""".formatted(title, written, attribute,
                extra == null ? "" : "," + extra, number == null ? "" : ",\"documentNumber\":\"" + number + "\"");
    }

    static String deadlineSql(String column, long id) {
        return "SELECT " + column + " FROM deadline WHERE subject_type = 'GovInfo' AND kind = 'PUBLICATION' AND subject_id = '"
                + id + "'";
    }

    static String unique(String title) {
        return title + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    AppClient loggedIn(String username) throws Exception {
        AppClient client = new AppClient(base.toString());
        assertEquals(302, client.login(username, DemoDirectory.DEMO_PASSWORD).statusCode(), "login of " + username);
        return client;
    }

    AppClient anonymous() {
        return new AppClient(base.toString());
    }

    static JsonObject created(AppClient client, String json) throws Exception {
        HttpResponse<String> response = client.sendJson("POST", "api/v1/gov-info", json);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    static HttpResponse<String> step(AppClient client, long id, String step, long version, String fields)
            throws Exception {
        String body = "{\"version\":" + version + (fields.isBlank() ? "" : "," + fields) + "}";
        return client.sendJson("POST", "api/v1/gov-info/" + id + "/" + step, body);
    }

    static JsonObject ok(AppClient client, long id, String step, long version, String fields) throws Exception {
        HttpResponse<String> response = step(client, id, step, version, fields);
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        return json(response);
    }

    static long id(JsonObject item) {
        return item.getJsonNumber("id").longValue();
    }

    static long version(JsonObject item) {
        return item.getJsonNumber("version").longValue();
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
