package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
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
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters each legal path of a request leaves, kept with the request and read back from their
 * PDFs: the applicant's name (never in a letter to a third party), the request number, the dates in
 * Chinese, the outcome's statutory wording; gap-free letter numbers, a failed step that leaves no
 * letter and takes no number, the timeline naming each letter, who may open them, and the rows
 * that cannot be changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersOfRequestIT extends RequestApiClients {

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

    /** Issue #12 bug 8: the notice carries the real day it is issued, whatever day is typed for the step. */
    @Test
    void aCorrectionNoticeNamesItsPointsAndPeriodAndAbandonmentIsWrittenToo() throws Exception {
        LocalDate received = today.minusDays(3);
        JsonObject r = acceptedByPost("赵敏", received, unique("有关文件"));
        long id = id(r);
        String sentOn = today.minusDays(1).toString();
        String correctBy = today.plusDays(10).toString();
        r = ok("office", id, "correction-notice", version(r), Json.createObjectBuilder()
                .add("sentOn", sentOn).add("correctBy", correctBy).add("text", "请写明所需文件的名称或文号。"));
        JsonObject notice = letters(id).get(1);
        assertEquals("CORRECTION_NOTICE", notice.getString("kind"));
        assertEquals(today.toString(), notice.getString("letterDate"), "dated the day it is issued");
        assertContains(pdfText(notice), "政府信息公开申请补正告知书", "赵敏：", r.getString("number"), chinese(received),
                "请写明所需文件的名称或文号。", "请于" + chinese(LocalDate.parse(correctBy)) + "前向本机关提交补正后的申请",
                chinese(today), REMEDIES);
        JsonObject noticeStep = json(client("office").get("api/v1/requests/" + id)).getJsonArray("timeline").getJsonObject(2);
        assertEquals("CORRECTION_NOTICE_SENT", noticeStep.getString("step"));
        assertEquals(sentOn, noticeStep.getString("statedOn"), "the day stated, beside the moment recorded");

        // the period set passes
        String passed = today.minusDays(1).toString();
        db.execute("UPDATE disclosure_request SET correction_due_on = '" + passed + "' WHERE id = " + id);
        r = ok("office", id, "abandon", version(r), Json.createObjectBuilder());
        List<JsonObject> letters = letters(id);
        assertEquals(List.of("RECEIPT", "CORRECTION_NOTICE", "REPLY"), kinds(letters));
        assertEquals("NO_CORRECTION_IN_TIME", letters.get(2).getString("outcome"));
        assertEquals(letters.get(2).getJsonNumber("id").longValue(), r.getJsonNumber("replyLetterId").longValue());
        assertContains(pdfText(letters.get(2)), "赵敏：", "逾期未补正", "视为放弃申请",
                "补正期限至" + chinese(LocalDate.parse(passed)), chinese(today));
    }

    @Test
    void theThirdPartyIsAskedAndToldOfTheOverrideWithoutTheApplicantsName() throws Exception {
        JsonObject r = acceptedByPost("孙悦", longAgo, unique("某企业的合同"));
        long id = id(r);
        String sent = add(longAgo, 3);
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("party", "河南某某科技有限公司").add("matter", "合同金额是否涉及商业秘密").add("sentOn", sent));
        JsonObject consultation = letters(id).get(1);
        assertEquals("THIRD_PARTY_CONSULTATION", consultation.getString("kind"));
        assertEquals("河南某某科技有限公司", consultation.getString("addressee"));
        String asked = pdfText(consultation);
        assertContains(asked, "政府信息公开第三方意见征询函", "河南某某科技有限公司：", r.getString("number"),
                "合同金额是否涉及商业秘密", "请于" + chinese(LocalDate.parse(add(LocalDate.parse(sent), 15))) + "前",
                chinese(LocalDate.parse(sent)));
        assertFalse(asked.contains("孙悦"), "the third party is not told who asks");

        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("answer", "REFUSAL").add("receivedOn", add(longAgo, 7)).add("text", "涉及商业秘密，不同意公开"));
        assertEquals(2, letters(id).size(), "an answer is received, not sent: no letter");
        r = ok("office", id, "public-interest-override", version(r), Json.createObjectBuilder()
                .add("reason", "涉及公共资金使用，不公开可能对公共利益造成重大影响").add("noticeText", "合同金额及付款进度"));
        JsonObject override = letters(id).get(2);
        assertEquals("OVERRIDE_NOTICE", override.getString("kind"));
        assertEquals(override.getJsonNumber("id").longValue(),
                r.getJsonArray("consultations").getJsonObject(0).getJsonNumber("overrideLetterId").longValue());
        String told = pdfText(override);
        assertContains(told, "政府信息决定公开告知书", "河南某某科技有限公司：", "决定公开的政府信息内容：合同金额及付款进度",
                "决定公开的理由：涉及公共资金使用，不公开可能对公共利益造成重大影响", chinese(today), REMEDIES);
        assertFalse(told.contains("孙悦"));

        ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("alreadyPublished", true).add("text", "该信息已主动公开。")
                .add("howToObtain", "本局网站“政府信息公开”栏目"));
        JsonObject reply = letters(id).get(3);
        assertEquals("ALREADY_PUBLISHED", reply.getString("outcome"));
        assertContains(pdfText(reply), "孙悦：", "本机关已经主动公开", "第三十六条第一项", "本局网站“政府信息公开”栏目");
    }

    @Test
    void anApprovedExtensionIsNotifiedARefusedOneIsNot() throws Exception {
        JsonObject r = accepted(form("周强", unique("历年统计数据")));
        long id = id(r);
        LocalDate start = LocalDate.parse(r.getString("clockStartOn"));
        r = ok("office", id, "extension-request", version(r), Json.createObjectBuilder().add("workingDays", 5)
                .add("reason", "需调取档案"));
        r = ok("officehead", id, "extension-decision", version(r), Json.createObjectBuilder().add("approve", false));
        assertEquals(List.of("RECEIPT"), kinds(letters(id)), "a request or a refusal sends nothing to the applicant");

        r = ok("office", id, "extension-request", version(r), Json.createObjectBuilder().add("workingDays", 10)
                .add("reason", "需调取多个年度的档案并逐页核对"));
        r = ok("officehead", id, "extension-decision", version(r), Json.createObjectBuilder().add("approve", true));
        JsonObject notice = letters(id).get(1);
        assertEquals("EXTENSION_NOTICE", notice.getString("kind"));
        String due = add(start, 30);
        assertEquals(due, r.getJsonObject("deadline").getString("dueDate"));
        assertContains(pdfText(notice), "政府信息公开申请延期答复告知书", "周强：", r.getString("number"),
                "因需调取多个年度的档案并逐页核对", "答复期限延长10个工作日", "将于" + chinese(LocalDate.parse(due)) + "前作出答复",
                chinese(today), REMEDIES);
    }

    @Test
    void aPetitionIsAnsweredInTheWordingOfArticle39() throws Exception {
        JsonObject receipt = register(form("吴刚", unique("反映小区物业问题")));
        JsonObject r = ok("office", id(receipt), "not-a-request", version(receipt), Json.createObjectBuilder()
                .add("note", "请通过12345热线反映"));
        JsonObject reply = letters(id(r)).get(1);
        assertEquals("PETITION_OR_COMPLAINT", reply.getString("outcome"));
        assertContains(pdfText(reply), "吴刚：", "第三十九条第一款", "不作为政府信息公开申请处理", "请通过12345热线反映");
    }

    @Test
    void aForwardedRequestIsReportedBackWithItsLettersEnclosed() throws Exception {
        String handedOver = add(longAgo, 1);
        JsonObject receipt = register(form("郑伟", unique("转办：数据开放清单")).add("channel", "FORWARDED")
                .add("handover", Json.createObjectBuilder().add("from", "市政府办公厅政务公开办").add("on", handedOver)
                        .add("what", "申请表一份").add("reference", "郑政公开转〔2026〕3号")));
        long id = id(receipt);
        JsonObject r = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        r = ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "UNABLE_TO_PROVIDE")
                .add("reason", "NOT_HELD").add("text", "该信息由市财政局制作和保存。")
                .add("competentAgency", "郑州市财政局").add("competentAgencyContact", "0371-67181234"));
        List<JsonObject> letters = letters(id);
        JsonObject reply = letters.get(1);
        assertEquals("NOT_HELD_OTHER_AGENCY", reply.getString("outcome"));
        assertContains(pdfText(reply), "郑伟：", chinese(LocalDate.parse(handedOver)), "第三十六条第五项",
                "负责公开该政府信息的行政机关为郑州市财政局（联系方式：0371-67181234）", REMEDIES);

        long other = id(register(form("郑伟", unique("另一件"))));
        long foreign = letters(other).get(0).getJsonNumber("id").longValue();
        assertProblem(400, "不属于申请", step("office", id, "report-back", version(r), Json.createObjectBuilder()
                .add("result", "已答复").add("letterIds", Json.createArrayBuilder().add(foreign))));
        assertEquals(2, letters(id).size(), "a refused report leaves no letter");
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM request_report_letter WHERE request_id = " + id));

        r = ok("office", id, "report-back", version(r), Json.createObjectBuilder().add("result", "已按期答复申请人。")
                .add("letterIds", Json.createArrayBuilder().add(reply.getJsonNumber("id").longValue())));
        JsonObject report = letters(id).get(2);
        assertEquals("REPORT_BACK", report.getString("kind"));
        assertEquals("郑州市人民政府办公厅政务公开办公室", report.getString("addressee"));
        assertEquals(List.of(reply.getJsonNumber("id").longValue()), r.getJsonArray("reportLetterIds")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList());
        String text = pdfText(report);
        assertContains(text, "关于转办政府信息公开申请办理情况的报告", "郑州市人民政府办公厅政务公开办公室：", "郑伟",
                "郑政公开转〔2026〕3号", r.getString("number"), "于" + chinese(today) + "向申请人作出答复（" + reply.getString("number") + "）",
                "办理结果为：无法提供（本机关不掌握相关政府信息：不属于本机关负责公开）", "已按期答复申请人。",
                "1.政府信息公开申请答复书（" + reply.getString("number") + "）");
        assertFalse(text.contains(REMEDIES), "a report to a superior office names no remedies");
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

        SQLException update = assertThrows(SQLException.class,
                () -> db.execute("UPDATE request_letter SET letter_number = 'x' WHERE id = " + letterId));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> db.execute("DELETE FROM request_letter WHERE id = " + letterId));
    }

    // ---- helpers -------------------------------------------------------------------------

    private List<JsonObject> letters(long requestId) throws Exception {
        HttpResponse<String> response = client("office").get("api/v1/requests/" + requestId + "/letters");
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(v -> v.asJsonObject()).toList();
    }

    private static List<String> kinds(List<JsonObject> letters) {
        return letters.stream().map(l -> l.getString("kind")).toList();
    }

    /** The letter's text as PDFBox extracts it, without white space (Chinese lines wrap anywhere). */
    private String pdfText(JsonObject letter) throws Exception {
        HttpResponse<byte[]> response = client("office").getBytes("api/v1/" + letter.getString("pdf"));
        assertEquals(200, response.statusCode());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(letter.getString("number")), "the letter prints its number: " + text);
            assertTrue(text.contains("郑州市大数据管理局"), text);
            return text;
        }
    }

    private static int serial(JsonObject letter) {
        var m = LETTER_NUMBER.matcher(letter.getString("number"));
        assertTrue(m.matches(), letter.getString("number"));
        return Integer.parseInt(m.group(2));
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            String compact = part.replaceAll("\\s+", "");
            assertTrue(text.contains(compact), "expected «" + compact + "» in " + text);
        }
    }

    private static String chinese(LocalDate date) {
        return CHINESE.format(date);
    }

    private String chinese(String isoDate) {
        return CHINESE.format(LocalDate.parse(isoDate));
    }

    private JsonObject acceptedByPost(String applicant, LocalDate received, String description) throws Exception {
        JsonObject receipt = register(form(applicant, description).add("channel", "POST").add("receivedOn", received.toString()));
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder()
                .add("signedForOn", received.toString()));
    }

    private JsonObject accepted(JsonObjectBuilder form) throws Exception {
        JsonObject receipt = register(form);
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder());
    }

    private JsonObjectBuilder form(String applicant, String description) {
        return Json.createObjectBuilder().add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", applicant).add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber(applicant))
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", description).add("formWanted", "PAPER").add("deliveryWanted", "POST");
    }
    private static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }

    private static String unique(String text) {
        return text + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    /** A valid resident ID number per applicant name and call (check character by GB 11643). */
    private static String idNumber(String applicant) {
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
