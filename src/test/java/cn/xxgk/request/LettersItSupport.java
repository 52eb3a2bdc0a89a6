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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the letter IT classes (LettersOfRequestIT: intake to reply, reading and nothing half-saved;
 * LettersOfTheProcedureIT: the later steps) share: the deployment of the built WAR with the page
 * probe, the database rows, the dates, a form per applicant and the readers of the letters' PDFs.
 */
abstract class LettersItSupport extends RequestApiClients {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    static final Pattern LETTER_NUMBER = Pattern.compile("郑大数据依申〔(\\d{4})〕(\\d+)号");
    static final String REMEDIES = "六十日内向郑州市人民政府申请行政复议";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestSettings.war().toString()))
                .addAsWebResource("request/letters-probe.xhtml", "request/letters-probe.xhtml");
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    AuditRows db;
    LocalDate today;
    LocalDate longAgo;

    @BeforeEach
    void setUp() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        today = LocalDate.now(AGENCY_ZONE);
        longAgo = today.minusDays(60);
    }

    // ---- helpers -------------------------------------------------------------------------

    List<JsonObject> letters(long requestId) throws Exception {
        HttpResponse<String> response = client("office").get("api/v1/requests/" + requestId + "/letters");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(v -> v.asJsonObject()).toList();
    }

    static List<String> kinds(List<JsonObject> letters) {
        return letters.stream().map(l -> l.getString("kind")).toList();
    }

    /** The letter's text as PDFBox extracts it, without white space (Chinese lines wrap anywhere). */
    String pdfText(JsonObject letter) throws Exception {
        HttpResponse<byte[]> response = client("office").getBytes("api/v1/" + letter.getString("pdf"));
        assertEquals(200, response.statusCode());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(letter.getString("number")), "the letter prints its number: " + text);
            assertTrue(text.contains("郑州市大数据管理局"), text);
            return text;
        }
    }

    static int serial(JsonObject letter) {
        var m = LETTER_NUMBER.matcher(letter.getString("number"));
        assertTrue(m.matches(), letter.getString("number"));
        return Integer.parseInt(m.group(2));
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            String compact = part.replaceAll("\\s+", "");
            assertTrue(text.contains(compact), "expected «" + compact + "» in " + text);
        }
    }

    static String chinese(LocalDate date) {
        return CHINESE.format(date);
    }

    String chinese(String isoDate) {
        return CHINESE.format(LocalDate.parse(isoDate));
    }

    JsonObject acceptedByPost(String applicant, LocalDate received, String description) throws Exception {
        JsonObject receipt = register(form(applicant, description).add("channel", "POST").add("receivedOn", received.toString()));
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder()
                .add("signedForOn", received.toString()));
    }

    JsonObject accepted(JsonObjectBuilder form) throws Exception {
        JsonObject receipt = register(form);
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder());
    }

    JsonObjectBuilder form(String applicant, String description) {
        return Json.createObjectBuilder().add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", applicant).add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber(applicant))
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", description).add("formWanted", "PAPER").add("deliveryWanted", "POST");
    }
    static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }

    static String unique(String text) {
        return text + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    /** A valid resident ID number per applicant name and call (check character by GB 11643). */
    static String idNumber(String applicant) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(applicant.hashCode() * 31L + SERIAL.incrementAndGet(), 15000));
        String first17 = "410105" + birth.toString().replace("-", "") + String.format("%03d", SERIAL.get() % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
