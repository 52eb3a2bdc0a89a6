package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters a request leaves from intake to reply, kept with the request and read back from their
 * PDFs: the applicant's name, the request number, the dates in Chinese, the outcome's statutory
 * wording; gap-free letter numbers, a failed step that leaves no letter and takes no number, the
 * timeline naming each letter, who may open them, and the rows that cannot be changed. The letters
 * of the later steps (correction, consultation, extension, petition, report back) are in
 * LettersOfTheProcedureIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersOfRequestIT extends LettersItSupport {

    // ---- the legal paths -----------------------------------------------------------------

    @Test
    void aRequestInPersonKeepsItsReceiptAndItsReplyAndTheTimelineNamesThem() throws Exception {
        JsonObject receipt = register(form("李华", unique("2025年部门预算")));
        long id = id(receipt);
        String number = receipt.getString("number");

        List<JsonObject> letters = letters(id);
        assertEquals(List.of("RECEIPT"), kinds(letters));
        String receiptText = pdfText(letters.get(0));
        assertContains(receiptText, "政府信息公开申请登记回执", "李华：", number, chinese(today),
                "并于" + chinese(add(today, 20)) + "前作出答复", "2025年部门预算");
        assertFalse(receiptText.contains(receipt.getString("queryCode")), "the kept receipt does not hold the query code");
        assertFalse(receiptText.contains(REMEDIES), "a receipt decides nothing");

        JsonObject r = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        r = ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("text", "经查，您申请的信息予以公开。").add("howToObtain", "随本答复书邮寄纸质件一份。"));
        letters = letters(id);
        assertEquals(List.of("RECEIPT", "REPLY"), kinds(letters));
        JsonObject reply = letters.get(1);
        assertEquals("DISCLOSED", reply.getString("outcome"));
        assertEquals(reply.getJsonNumber("id").longValue(), r.getJsonNumber("replyLetterId").longValue());
        assertEquals(today.toString(), reply.getString("letterDate"));
        assertEquals("李华", reply.getString("addressee"));
        String replyText = pdfText(reply);
        assertContains(replyText, "政府信息公开申请答复书", reply.getString("number"), "李华：", number, chinese(today),
                "第三十六条第二项", "本机关予以公开：随本答复书邮寄纸质件一份。", REMEDIES);

        // the letter numbers follow each other: one series per year, no gap
        assertEquals(serial(letters.get(0)) + 1, serial(reply));

        JsonArray timeline = json(client("office").get("api/v1/requests/" + id)).getJsonArray("timeline");
        assertEquals("RECEIPT", timeline.getJsonObject(0).getString("letterKind"));
        assertEquals(letters.get(0).getJsonNumber("id").longValue(), timeline.getJsonObject(0).getJsonNumber("letterId").longValue());
        assertFalse(timeline.getJsonObject(1).containsKey("letterId"), "acceptance sends no letter");
        assertEquals("REPLIED", timeline.getJsonObject(2).getString("step"));
        assertEquals("REPLY", timeline.getJsonObject(2).getString("letterKind"));
    }

    @Test
    void aNameWithRareCharactersIsRegisteredKeptAndPrinted() throws Exception {
        // 𠮷 (Extension B) and 𪜀 (Extension C) are not in the main font: the fallback fonts print them
        String name = "𠮷田㐂𪜀";
        JsonObject receipt = register(form(name, unique("生僻字姓名")));
        long id = id(receipt);

        assertEquals(name, db.text("SELECT applicant_name FROM disclosure_request WHERE id = " + id), "kept as typed (utf8mb4)");
        assertEquals(name, json(client("office").get("api/v1/requests/" + id)).getString("applicantName"));
        JsonObject letter = letters(id).get(0);
        assertEquals(name, letter.getString("addressee"));
        assertContains(pdfText(letter), name + "：", receipt.getString("number"));
    }

    @Test
    void eachPartOfASplitRequestGetsItsReceiptWithItsNumberMatterAndReplyDate() throws Exception {
        JsonObject r = accepted(form("褚明", unique("预算与决算")));
        String budget = unique("2025年部门预算");
        String accounts = unique("2024年部门决算");
        HttpResponse<String> response = step("office", id(r), "split", version(r), Json.createObjectBuilder()
                .add("parts", Json.createArrayBuilder().add(budget).add(accounts)));
        assertEquals(200, response.statusCode(), response.body());
        JsonArray parts = Json.createReader(new java.io.StringReader(response.body())).readArray();

        List<String> matters = List.of(budget, accounts);
        for (int i = 0; i < 2; i++) {
            JsonObject part = parts.getJsonObject(i);
            List<JsonObject> letters = letters(id(part));
            assertEquals(List.of("RECEIPT"), kinds(letters), "part " + (i + 1));
            assertContains(pdfText(letters.get(0)), "政府信息公开申请登记回执", "褚明：", part.getString("number"),
                    matters.get(i), "并于" + chinese(add(LocalDate.parse(r.getString("clockStartOn")), 20)) + "前作出答复");
        }
        assertEquals(List.of("RECEIPT"), kinds(letters(id(r))), "the whole keeps its own receipt only");
    }

    @Test
    void theDemoRequestsComeWithTheLettersTheirStepsSent() throws Exception {
        long closed = db.scalar("SELECT MIN(id) FROM disclosure_request WHERE applicant_name = '刘洋'");
        List<JsonObject> letters = letters(closed);
        assertEquals(List.of("RECEIPT", "REPLY"), kinds(letters));
        assertContains(pdfText(letters.get(1)), "刘洋：", "本机关予以公开", REMEDIES);
        assertEquals(List.of("RECEIPT", "CORRECTION_NOTICE"),
                kinds(letters(db.scalar("SELECT MIN(id) FROM disclosure_request WHERE applicant_name = '河南数智科技有限公司'"))));
        List<JsonObject> consulted = letters(db.scalar("SELECT MIN(id) FROM disclosure_request WHERE applicant_name = '赵敏'"));
        assertEquals(List.of("RECEIPT", "THIRD_PARTY_CONSULTATION"), kinds(consulted));
        assertContains(pdfText(consulted.get(1)), "郑州某数据服务有限公司：");
    }

    @Test
    void theLetterIsServedInlineAsPdfToPrint() throws Exception {
        long id = id(register(form("李华", unique("打印测试"))));
        JsonObject receipt = letters(id).get(0);
        HttpResponse<byte[]> pdf = client("office").getBytes("api/v1/" + receipt.getString("pdf"));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("inline; filename="), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
        assertEquals("nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals(db.text("SELECT sha256 FROM request_letter WHERE id = " + receipt.getJsonNumber("id")),
                pdf.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    @Test
    void theIncludeForTheRequestPageListsTheLettersWithALinkToPrint() throws Exception {
        long id = id(register(form("何平", unique("页面列表"))));
        JsonObject receipt = letters(id).get(0);
        HttpResponse<String> page = client("office").get("request/letters-probe.xhtml?id=" + id);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("政府信息公开申请登记回执"), html);
        assertTrue(html.contains(receipt.getString("number")), html);
        assertTrue(html.contains("何平"), html);
        assertTrue(html.contains(today.toString()), html);
        assertTrue(Pattern.compile("href=\"[^\"]*/api/v1/requests/letters/" + receipt.getJsonNumber("id") + "\"[^>]*target=\"_blank\"")
                .matcher(html).find() || Pattern.compile("target=\"_blank\"[^>]*href=\"[^\"]*/api/v1/requests/letters/"
                + receipt.getJsonNumber("id") + "\"").matcher(html).find(), html);
    }

    // ---- nothing half-saved ----------------------------------------------------------------

    @Test
    void aStepWhoseLetterCannotBeWrittenLeavesNoLetterAndTakesNoNumber() throws Exception {
        JsonObject r = accepted(form("钱进", unique("无法打印的答复")));
        long id = id(r);
        long lastSerial = db.scalar("SELECT last_serial FROM request_letter_serial WHERE year = " + today.getYear());

        // the entity takes the reply, the letter cannot print its text (U+30000, CJK Extension G): the step fails whole
        assertProblem(400, "无法打印", step("office", id, "reply", version(r), Json.createObjectBuilder()
                .add("outcome", "UNABLE_TO_PROVIDE").add("reason", "NOT_HELD").add("text", "答复\uD880\uDC00")));
        assertEquals("ACCEPTED", db.text("SELECT state FROM disclosure_request WHERE id = " + id), "the reply is not saved");
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM request_step WHERE request_id = " + id));
        assertEquals(List.of("RECEIPT"), kinds(letters(id)));
        assertEquals(lastSerial, db.scalar("SELECT last_serial FROM request_letter_serial WHERE year = " + today.getYear()),
                "no letter number used up");
        assertEquals(version(r), db.scalar("SELECT version FROM disclosure_request WHERE id = " + id));

        // a character the letter's font cannot print refuses the registration itself: no request, no number
        long requests = db.scalar("SELECT COUNT(*) FROM disclosure_request");
        long requestSerial = db.scalar("SELECT last_serial FROM request_serial WHERE year = " + today.getYear());
        // (U+30000, CJK Extension G, is newer than every font installed, the fallbacks included)
        assertProblem(400, "无法打印", post(form("王\uD880\uDC00", unique("扩展G字"))));
        assertEquals(requests, db.scalar("SELECT COUNT(*) FROM disclosure_request"));
        assertEquals(requestSerial, db.scalar("SELECT last_serial FROM request_serial WHERE year = " + today.getYear()));
        assertEquals(lastSerial, db.scalar("SELECT last_serial FROM request_letter_serial WHERE year = " + today.getYear()));

        JsonObject next = ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "UNABLE_TO_PROVIDE")
                .add("reason", "NOT_HELD").add("text", "经检索，本机关未制作该信息。"));
        JsonObject reply = letters(id(next)).get(1);
        assertEquals("NOT_HELD_DOES_NOT_EXIST", reply.getString("outcome"));
        assertEquals(lastSerial + 1, serial(reply), "the series goes on without a gap");
    }

    @Test
    void aDoubleSubmitKeepsOneReceipt() throws Exception {
        String body = form("冯雪", unique("双击提交")).add("intakeToken", "tok-letter-" + System.nanoTime()).build().toString();
        HttpResponse<String> first = client("office").sendJson("POST", "api/v1/requests", body);
        HttpResponse<String> again = client("office").sendJson("POST", "api/v1/requests", body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id(json(first)), id(json(again)));
        assertEquals(List.of("RECEIPT"), kinds(letters(id(json(first)))));
    }

    @Test
    void lettersAreReadByWhoMaySeeTheRequestAndNeverChanged() throws Exception {
        long id = id(register(form("陈晨", unique("查看权限"))));
        long letterId = letters(id).get(0).getJsonNumber("id").longValue();
        long auditBefore = db.lastId();

        assertEquals(200, client("leader").get("api/v1/requests/" + id + "/letters").statusCode());
        assertEquals(200, client("leader").getBytes("api/v1/requests/letters/" + letterId).statusCode());
        assertProblem(403, "无权访问", client("deptstaff").get("api/v1/requests/" + id + "/letters"));
        assertEquals(403, client("deptstaff").getBytes("api/v1/requests/letters/" + letterId).statusCode());
        assertEquals(2, db.count(auditBefore, "deptstaff", "ACCESS", "REFUSED"), "each refusal is recorded");
        assertProblem(400, "告知书不存在", client("office").get("api/v1/requests/letters/" + (letterId + 100000)));

        // the application's account has no right to (DatabaseGrants); the owner is stopped by the triggers
        SQLException denied = assertThrows(SQLException.class,
                () -> db.execute("UPDATE request_letter SET letter_number = 'x' WHERE id = " + letterId));
        assertTrue(denied.getMessage().contains("UPDATE command denied"), denied.getMessage());
        AuditRows owner = new AuditRows(ArquillianSetup.database().asOwner());
        SQLException update = assertThrows(SQLException.class,
                () -> owner.execute("UPDATE request_letter SET letter_number = 'x' WHERE id = " + letterId));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class,
                () -> owner.execute("DELETE FROM request_letter WHERE id = " + letterId));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }
}
