package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.AuditRows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the clock ITs share: a request form, its deadlines in the database, its letters' text. */
abstract class RequestClockSupport extends RequestApiClients {

    static final AtomicInteger SERIAL = new AtomicInteger();

    AuditRows db;

    JsonObject registered(String channel, LocalDate received, String description) throws Exception {
        return register(form(description).add("channel", channel).add("receivedOn", received.toString()));
    }

    JsonObject accepted(String channel, LocalDate received, String description) throws Exception {
        JsonObject receipt = registered(channel, received, description);
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder());
    }

    JsonObject read(long id) throws Exception {
        return json(client("office").get("api/v1/requests/" + id));
    }

    /** A column of the request's deadline of a kind (REPLY, CORRECTION_NOTICE, THIRD_PARTY_ANSWER ...). */
    String deadline(String kind, String column, String number) throws Exception {
        return db.text("SELECT " + column + " FROM deadline WHERE subject_type = 'DisclosureRequest' AND kind = '" + kind
                + "' AND subject_id = '" + number + "'");
    }

    long deadlines(String kind, String number) throws Exception {
        return db.scalar("SELECT COUNT(*) FROM deadline WHERE kind = '" + kind + "' AND subject_id = '" + number + "'");
    }

    /** Runs a reminder pass now and counts the reminders of a kind given to a user for the request's deadline. */
    long remindersAfterAPass(String deadlineKind, String number, String reminderKind, String recipient) throws Exception {
        HttpResponse<String> pass = client("officehead").sendJson("POST", "api/v1/notifications/pass", "{}");
        assertEquals(200, pass.statusCode(), pass.body());
        return db.scalar("SELECT COUNT(*) FROM reminder r JOIN deadline d ON d.id = r.deadline_id WHERE d.kind = '"
                + deadlineKind + "' AND d.subject_id = '" + number + "' AND r.kind = '" + reminderKind
                + "' AND r.recipient = '" + recipient + "'");
    }

    List<JsonObject> letters(long requestId) throws Exception {
        HttpResponse<String> response = client("office").get("api/v1/requests/" + requestId + "/letters");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(v -> v.asJsonObject()).toList();
    }

    /** The letter's text as PDFBox extracts it, without white space (Chinese lines wrap anywhere). */
    String pdfText(JsonObject letter) throws Exception {
        HttpResponse<byte[]> response = client("office").getBytes("api/v1/" + letter.getString("pdf"));
        assertEquals(200, response.statusCode());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }

    static JsonObjectBuilder form(String description) {
        return Json.createObjectBuilder().add("applicantType", "NATURAL_PERSON")
                .add("applicantName", "孙丽").add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber())
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", description + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet())
                .add("formWanted", "PAPER").add("deliveryWanted", "POST");
    }

    /** A valid resident ID number of its own per call (check character by GB 11643). */
    static String idNumber() {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((System.nanoTime() / 1000 + SERIAL.incrementAndGet() * 41L) % 15000);
        String first17 = "410102" + birth.toString().replace("-", "") + String.format("%03d", SERIAL.get() % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
