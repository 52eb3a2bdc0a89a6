package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the request IT classes over the JSON commands share (RequestIT: intake, the list, personal
 * data and refusals; RequestProcedureIT: the steps after acceptance; RequestReplyIT: what a reply
 * may state): the deployment of the built WAR, the database rows, the dates, a valid intake form
 * and the helpers that read the answers.
 */
abstract class RequestItSupport extends RequestApiClients {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()));
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    AuditRows db;
    long auditBefore;
    LocalDate today;
    /** Sixty calendar days ago: every backdated step of a test fits between it and today. */
    LocalDate longAgo;

    @BeforeEach
    void setUp() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        auditBefore = db.lastId();
        today = LocalDate.now(AGENCY_ZONE);
        longAgo = today.minusDays(60);
    }

    JsonObject acceptedByPost(LocalDate received, String description) throws Exception {
        JsonObject receipt = register(form(idNumber(), description).add("channel", "POST").add("receivedOn", received.toString()));
        JsonObject r = ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder()
                .add("signedForOn", received.toString()));
        assertEquals(received.toString(), r.getString("clockStartOn"), "by post: the day signed for");
        return r;
    }

    JsonObject accepted(JsonObjectBuilder form) throws Exception {
        JsonObject receipt = register(form);
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder());
    }

    static JsonObjectBuilder form(String idNumber, String description) {
        return Json.createObjectBuilder().add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", "王小明").add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber)
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", description).add("formWanted", "PAPER").add("deliveryWanted", "POST");
    }
    static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }

    static List<String> numbers(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream()
                .map(v -> v.asJsonObject().getString("number")).toList();
    }

    byte[] bytes(String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getBytes(1);
        }
    }

    static String replyDeadline(String column, String number) {
        return "SELECT " + column + " FROM deadline WHERE subject_type = 'DisclosureRequest' AND kind = 'REPLY'"
                + " AND subject_id = '" + number + "'";
    }

    /** JSON-B leaves out null fields. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static String unique(String text) {
        return text + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    /** A valid resident ID number of its own per call (check character by GB 11643, computed here independently). */
    static String idNumber() {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays((System.nanoTime() / 1000 + SERIAL.incrementAndGet() * 37L) % 15000);
        String first17 = "410105" + birth.toString().replace("-", "") + String.format("%03d", SERIAL.get() % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
