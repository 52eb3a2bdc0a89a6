package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.request.control.PublicChallenge;
import cn.xxgk.testsupport.AppClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests filed online and followed by query code, through /api/v1/public/requests, anonymous, on
 * the real stack: the intake's checks, one request for a double submit, the throttle per address
 * and per request number, the same answer for a wrong code and an unknown number, the letters by
 * code, and Art. 31(3): the day of receipt is the day the office confirms. Each test files from a
 * loopback address of its own (127.0.2.x), so that one test's counts do not throttle another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRequestIT extends RequestItSupport {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);

    @Test
    @DisplayName("Art. 31(3) 以双方确认之日为收到申请之日: filed online, received on the day the office confirms it")
    void art31ReceiptDateOfAnOnlineRequestIsTheOfficesConfirmation() throws Exception {
        AppClient citizen = citizen();
        String email = "applicant-" + SERIAL.incrementAndGet() + "@example.cn";
        HttpResponse<String> filed = file(citizen, filing(idNumber(), unique("2025年本局政府采购合同")).add("email", email)
                .add("notifyByEmail", true));
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject receipt = json(filed);
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        assertEquals(12, code.length());

        JsonObject before = status(citizen, number, code);
        assertEquals("AWAITING_CONFIRMATION", before.getString("state"));
        assertTrue(absent(before, "receivedOn") && absent(before, "replyDue"), "not received before the office confirms: " + before);
        assertEquals("王**", before.getString("applicantName"), "the masked name only");
        assertFalse(before.toString().contains("410105"), "no identity number");
        assertEquals(List.of("REGISTERED"), steps(before));
        assertTrue(before.getJsonArray("letters").isEmpty());

        // the office sees it in its list (channel 网上申请) and confirms it
        JsonObject row = Json.createReader(new StringReader(client("office").get("api/v1/requests?channel=ONLINE&max=500").body()))
                .readArray().stream().map(JsonValue::asJsonObject).filter(o -> o.getString("number").equals(number))
                .findFirst().orElseThrow();
        assertEquals("ONLINE", row.getString("channel"));
        JsonObject confirmed = ok("office", id(row), "confirm-receipt", version(json(client("office")
                .get("api/v1/requests/" + id(row)))), Json.createObjectBuilder());
        assertEquals("office", confirmed.getString("handler"), "who confirms handles it");

        JsonObject after = status(citizen, number, code);
        assertEquals("RECEIVED", after.getString("state"));
        assertEquals(today.toString(), after.getString("receivedOn"), "the day of receipt: the office's confirmation");
        assertEquals(today.toString(), db.text("SELECT receipt_confirmed_on FROM disclosure_request WHERE request_number = '"
                + number + "'"));
        assertEquals(add(today, 20), after.getString("replyDue"), "Art. 33: 20 working days, from the deadline engine");
        assertEquals(add(today, 20), db.text(replyDeadline("due_date", number)));
        assertEquals(List.of("REGISTERED", "RECEIPT_CONFIRMED"), steps(after));

        // the receipt letter, addressed to the applicant, downloadable with the code only
        JsonObject letter = after.getJsonArray("letters").getJsonObject(0);
        assertEquals("RECEIPT", letter.getString("kind"));
        HttpResponse<byte[]> pdf = citizen.getBytes("api/v1/" + letter.getString("url"));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        HttpResponse<byte[]> wrong = citizen.getBytes("api/v1/public/requests/" + number + "/letters/" + letter.getInt("id")
                + "?code=" + otherCode(code));
        assertEquals(404, wrong.statusCode());

        assertEquals(1, db.count(auditBefore, "anonymous", "REQUEST_FILE_ONLINE", "SUCCESS"));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_CONFIRM_RECEIPT", "SUCCESS"));
        assertEquals("2", db.text("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + email + "'"),
                "the notices asked for: filed, confirmed");
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
        AppClient citizen = citizen();
        String rows = db.text("SELECT COUNT(*) FROM disclosure_request");
        String id = idNumber();
        String badChecksum = id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1");
        assertProblem(400, "校验位不正确", file(citizen, filing(badChecksum, unique("预算"))));
        assertProblem(400, "请至少填写一种联系方式", file(citizen, filing(idNumber(), unique("预算")).remove("email")));
        assertProblem(400, "电子邮箱", file(citizen, filing(idNumber(), unique("预算")).remove("email").add("phone", "0371-1234567")
                .add("notifyByEmail", true).add("deliveryWanted", "POST").add("postalAddress", "郑州市")));
        HttpResponse<String> noChallenge = citizen.sendJson("POST", "api/v1/public/requests",
                filing(idNumber(), unique("预算")).build().toString());
        assertProblem(400, "验证", noChallenge);
        assertProblem(400, "验证题回答不正确", citizen.sendJson("POST", "api/v1/public/requests", filing(idNumber(), unique("预算"))
                .add("challenge", Json.createObjectBuilder().add("token", challenge(citizen).getString("token")).add("answer", "99"))
                .build().toString()));
        assertEquals(400, citizen.sendJson("POST", "api/v1/public/requests", "{\"applicantName\": [").statusCode());
        assertEquals(rows, db.text("SELECT COUNT(*) FROM disclosure_request"), "nothing saved");
    }

    @Test
    void aDoubleSubmitGivesOneRequestAndAnAnswerServesOneFiling() throws Exception {
        AppClient citizen = citizen();
        String rows = db.text("SELECT COUNT(*) FROM disclosure_request");
        JsonObject challenge = challenge(citizen);
        String body = solved(filing(idNumber(), unique("2024年决算")).add("intakeToken", "portal-" + System.nanoTime()), challenge)
                .build().toString();
        HttpResponse<String> first = citizen.sendJson("POST", "api/v1/public/requests", body);
        HttpResponse<String> second = citizen.sendJson("POST", "api/v1/public/requests", body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(json(first).getString("number"), json(second).getString("number"));
        assertEquals(json(first).getString("queryCode"), json(second).getString("queryCode"), "the same receipt");
        assertEquals(Long.parseLong(rows) + 1, Long.parseLong(db.text("SELECT COUNT(*) FROM disclosure_request")));

        String another = solved(filing(idNumber(), unique("另一事项")), challenge).build().toString();
        assertProblem(400, "已用于另一次提交", citizen.sendJson("POST", "api/v1/public/requests", another));
    }

    @Test
    void aFloodFromOneAddressIsThrottledWhileOtherAddressesAndTheOfficeGoOn() throws Exception {
        AppClient flooder = citizen();
        for (int i = 0; i < 5; i++) { // the default: 5 filings an hour per address; refused ones count too
            assertEquals(400, file(flooder, filing("123", unique("预算"))).statusCode());
        }
        HttpResponse<String> throttled = file(flooder, filing(idNumber(), unique("预算")));
        assertProblem(429, "过于频繁", throttled);
        assertTrue(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()) > 0);

        assertEquals(201, file(citizen(), filing(idNumber(), unique("预算"))).statusCode(), "another address files");
        assertEquals(200, client("office").get("api/v1/requests?channel=ONLINE").statusCode(), "the office is not throttled");
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSameAnswerAndGuessingIsThrottled() throws Exception {
        AppClient citizen = citizen();
        JsonObject receipt = json(file(citizen, filing(idNumber(), unique("预算执行"))));
        String number = receipt.getString("number");
        String code = receipt.getString("queryCode");
        HttpResponse<String> wrongCode = citizen.get("api/v1/public/requests/" + number + "?code=" + otherCode(code));
        HttpResponse<String> unknown = citizen.get("api/v1/public/requests/1999-9999?code=" + code);
        assertProblem(404, "申请编号或查询码不正确", wrongCode);
        assertEquals(wrongCode.statusCode(), unknown.statusCode());
        assertEquals(wrongCode.body(), unknown.body(), "the same answer");
        assertEquals(200, citizen.get("api/v1/public/requests/" + number + "?code=" + code.toLowerCase()).statusCode(),
                "as typed, in lower case");

        // guessing from one address: 30 lookups in 10 minutes by default, whatever numbers they name
        AppClient guesser = citizen();
        int answered = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
            last = guesser.get("api/v1/public/requests/1999-" + (9000 + i) + "?code=" + code);
            answered++;
        }
        assertProblem(429, "过于频繁", last);
        assertEquals(31, answered, "refused after 30");
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
        // rating a reply tries a number and a code too: the same limits, shared with the status, API and page
        assertProblem(429, "过于频繁", rate(guesser, number, otherCode(code)));
        HttpResponse<String> page = guesser.postForm("public/rating",
                java.util.Map.of("number", number, "code", otherCode(code), "score", "5"));
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("过于频繁"), page.body());

        // guessing one request's code from many addresses: 30 lookups of the number in 10 minutes, 2 made above;
        // every other guess is a rating of the reply (refused with 400 while under the limit), counted alike
        int lookups = 0;
        last = null;
        for (int a = 0; a < 4 && (last == null || last.statusCode() != 429); a++) {
            AppClient next = citizen();
            for (int i = 0; i < 10 && (last == null || last.statusCode() != 429); i++) {
                last = i % 2 == 0 ? next.get("api/v1/public/requests/" + number + "?code=" + otherCode(code))
                        : rate(next, number, otherCode(code));
                assertTrue(last.statusCode() == 429 || last.statusCode() == (i % 2 == 0 ? 404 : 400), last.body());
                lookups++;
            }
        }
        assertProblem(429, "过于频繁", last);
        assertEquals(29, lookups, "refused after 28 more");
        assertEquals(429, citizen().get("api/v1/public/requests/" + number + "?code=" + code).statusCode(),
                "the right code waits too: refused before anything is checked");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static HttpResponse<String> rate(AppClient client, String number, String code) throws Exception {
        return client.sendJson("POST", "api/v1/public/requests/" + number + "/rating",
                Json.createObjectBuilder().add("queryCode", code).add("score", 5).build().toString());
    }

    private AppClient citizen() throws Exception {
        return new AppClient(base.toString().replace("://localhost:", "://127.0.0.1:"),
                InetAddress.getByName("127.0.2." + NEXT_ADDRESS.incrementAndGet()));
    }

    static JsonObjectBuilder filing(String idNumber, String description) {
        return Json.createObjectBuilder().add("applicantType", "NATURAL_PERSON").add("applicantName", "王小明")
                .add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber).add("email", "wang@example.cn")
                .add("description", description).add("formWanted", "ELECTRONIC").add("deliveryWanted", "EMAIL");
    }

    private JsonObject challenge(AppClient c) throws Exception {
        HttpResponse<String> response = c.get("api/v1/public/requests/challenge");
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    /** Solves the proof of work as the form's script does. */
    static JsonObjectBuilder solved(JsonObjectBuilder filing, JsonObject challenge) {
        String token = challenge.getString("token");
        int bits = challenge.getInt("bits");
        long proof = 0;
        while (PublicChallenge.leadingZeroBits(token, Long.toString(proof)) < bits) {
            proof++;
        }
        return filing.add("challenge", Json.createObjectBuilder().add("token", token).add("proof", Long.toString(proof)));
    }

    private HttpResponse<String> file(AppClient c, JsonObjectBuilder filing) throws Exception {
        return c.sendJson("POST", "api/v1/public/requests", solved(filing, challenge(c)).build().toString());
    }

    private static JsonObject status(AppClient c, String number, String code) throws Exception {
        HttpResponse<String> response = c.get("api/v1/public/requests/" + number + "?code=" + code);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static List<String> steps(JsonObject status) {
        return status.getJsonArray("steps").stream().map(v -> v.asJsonObject().getString("step")).toList();
    }

    /** A code of the right shape that is not this one. */
    private static String otherCode(String code) {
        return (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
    }
}
