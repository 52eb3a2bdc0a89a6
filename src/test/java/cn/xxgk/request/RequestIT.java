package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.identity.boundary.DemoDirectory;
import cn.xxgk.testsupport.AppClient;
import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Disclosure on request on the real stack, through the JSON commands: every legal path with its
 * clock checked against the working-day calendar (the public calculator), the identity number
 * encrypted in MariaDB and masked in every normal read, the audited full view, repeats, double
 * submits, bad input, roles and stale versions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestIT extends RequestApiClients {

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

    // ---- the legal paths -----------------------------------------------------------------

    @Test
    void acceptedInPersonRepliedDeliveredAndClosed() throws Exception {
        String idNumber = idNumber();
        JsonObject receipt = register(form(idNumber, unique("2025年部门预算")));
        long id = id(receipt);
        assertTrue(receipt.getString("number").matches(today.getYear() + "-\\d{4}"), receipt.toString());
        assertEquals(12, receipt.getString("queryCode").length());

        JsonObject r = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        assertEquals("ACCEPTED", r.getString("state"));
        String due = add(today, 20);
        assertEquals(due, r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(due, db.text(replyDeadline("due_date", r.getString("number"))));
        assertEquals("office", db.text(replyDeadline("responsible", r.getString("number"))),
                "the handler is responsible: the reminders go to them");

        r = ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("text", "经查，您申请的信息予以公开。").add("howToObtain", "随本答复书邮寄纸质件。"));
        assertEquals("REPLIED", r.getString("state"));
        assertNotNull(db.text(replyDeadline("closed_at", r.getString("number"))), "the reply closes the deadline");
        r = ok("office", id, "delivery", version(r), Json.createObjectBuilder().add("method", "POST")
                .add("reference", "EMS 1234567890"));
        assertEquals("CLOSED", r.getString("state"));

        JsonObject full = json(client("office").get("api/v1/requests/" + id));
        List<String> steps = full.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("step")).toList();
        assertEquals(List.of("REGISTERED", "ACCEPTED", "REPLIED", "DELIVERED"), steps);
        assertEquals(due, full.getJsonArray("timeline").getJsonObject(1).getString("replyDueOn"));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_REGISTER", "SUCCESS"));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_REPLY", "SUCCESS"));
    }

    /**
     * Art. 30: the notice is issued within 7 working days of receipt (counted to the day it is really
     * issued), and "答复期限自行政机关收到补正的申请之日起计算": a full new period from that day.
     */
    @Test
    void aCorrectionRestartsTheFullPeriodFromItsReceipt() throws Exception {
        LocalDate received = today.minusDays(3);
        JsonObject r = acceptedByPost(received, unique("有关文件"));
        long id = id(r);
        assertEquals(add(received, 20), r.getJsonObject("deadline").getString("dueDate"));

        r = ok("office", id, "correction-notice", version(r), Json.createObjectBuilder()
                .add("sentOn", today.minusDays(1).toString()).add("correctBy", today.plusDays(10).toString())
                .add("text", "请写明所需文件的名称或文号。"));
        assertEquals("AWAITING_CORRECTION", r.getString("state"));
        assertEquals("PAUSED", r.getJsonObject("deadline").getString("state"));
        assertNull(db.text(replyDeadline("due_date", r.getString("number"))), "no due date while waiting: no reminders");

        r = ok("office", id, "correction", version(r), Json.createObjectBuilder().add("receivedOn", today.toString())
                .add("description", unique("郑大数据〔2025〕5号文件")));
        assertEquals("ACCEPTED", r.getString("state"));
        String restarted = add(today, 20);
        assertEquals(restarted, r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(restarted, db.text(replyDeadline("due_date", r.getString("number"))));
        assertEquals(restarted, db.text("SELECT reply_due_on FROM request_step WHERE step = 'CORRECTION_RECEIVED' AND request_id = " + id));

        HttpResponse<String> again = step("office", id, "correction-notice", version(r), Json.createObjectBuilder()
                .add("correctBy", today.plusDays(12).toString()).add("text", "再次补正"));
        assertProblem(400, "一次性", again);
    }

    /**
     * Art. 30: a notice issued today for a request received long ago is late whatever day is typed
     * for it (issue #12 bug 8); no correction in the period set is abandonment.
     */
    @Test
    void noCorrectionWithinThePeriodIsAbandonmentAndALateNoticeIsRefused() throws Exception {
        JsonObject old = acceptedByPost(longAgo, unique("相关材料"));
        HttpResponse<String> late = step("office", id(old), "correction-notice", version(old), Json.createObjectBuilder()
                .add("sentOn", add(longAgo, 2)).add("correctBy", today.plusDays(5).toString()).add("text", "请补正"));
        assertProblem(400, "7 个工作日内", late);

        JsonObject r = acceptedByPost(today.minusDays(2), unique("相关材料"));
        long id = id(r);
        r = ok("office", id, "correction-notice", version(r), Json.createObjectBuilder()
                .add("correctBy", today.plusDays(1).toString()).add("text", "请补正申请内容。"));
        assertProblem(400, "尚未届满", step("office", id, "abandon", version(r), Json.createObjectBuilder()));
        // the period set passes
        db.execute("UPDATE disclosure_request SET correction_due_on = '" + today.minusDays(1) + "' WHERE id = " + id);
        r = ok("office", id, "abandon", version(r), Json.createObjectBuilder());
        assertEquals("ABANDONED", r.getString("state"));
        assertEquals("OTHER", r.getString("outcome"));
        assertEquals("CORRECTION_OVERDUE", r.getString("outcomeReason"));
        assertNotNull(db.text(replyDeadline("closed_at", r.getString("number"))));
    }

    @Test
    void aThirdPartyConsultationPausesTheClockByItsWorkingDays() throws Exception {
        JsonObject r = acceptedByPost(longAgo, unique("某企业的合同"));
        long id = id(r);
        String sent = add(longAgo, 3);
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("party", "河南某某科技有限公司").add("matter", "合同金额是否涉及商业秘密").add("sentOn", sent));
        assertEquals("THIRD_PARTY_CONSULTATION", r.getString("state"));
        assertEquals("PAUSED", r.getJsonObject("deadline").getString("state"));
        assertNull(db.text(replyDeadline("due_date", r.getString("number"))));
        assertEquals(add(LocalDate.parse(sent), 15), db.text("SELECT due_date FROM deadline WHERE kind = 'THIRD_PARTY_ANSWER'"
                + " AND subject_id = '" + r.getString("number") + "'"), "the third party has 15 working days");

        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("answer", "REFUSAL").add("receivedOn", add(longAgo, 7)).add("text", "涉及商业秘密，不同意公开"));
        // paused after working day 3 until working day 7: four working days not counted
        assertEquals(add(longAgo, 24), r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(add(LocalDate.parse(add(longAgo, 20)), 4), r.getJsonObject("deadline").getString("dueDate"));
        assertNotNull(db.text("SELECT closed_at FROM deadline WHERE kind = 'THIRD_PARTY_ANSWER' AND subject_id = '"
                + r.getString("number") + "'"));

        JsonObjectBuilder disclose = Json.createObjectBuilder().add("outcome", "DISCLOSED").add("text", "予以公开")
                .add("howToObtain", "邮寄");
        assertProblem(400, "第三方不同意公开", step("office", id, "reply", version(r), disclose));
        r = ok("office", id, "public-interest-override", version(r), Json.createObjectBuilder()
                .add("reason", "涉及公共资金使用，不公开可能对公共利益造成重大影响")
                .add("noticeText", "本机关决定公开合同金额，理由如下……"));
        assertEquals("涉及公共资金使用，不公开可能对公共利益造成重大影响",
                r.getJsonArray("consultations").getJsonObject(0).getString("overrideReason"));
        r = ok("office", id, "reply", version(r), Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("text", "予以公开").add("howToObtain", "邮寄"));
        assertEquals("REPLIED", r.getString("state"));
    }

    @Test
    void anotherAgencysSilenceCountsAsConsentAndEndsThePauseOnItsLastDay() throws Exception {
        JsonObject r = acceptedByPost(longAgo, unique("联合发文的信息"));
        long id = id(r);
        String sent = add(longAgo, 2);
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "AGENCY")
                .add("party", "郑州市财政局").add("matter", "共同制作的资金信息").add("sentOn", sent));
        assertEquals("AGENCY_CONSULTATION", r.getString("state"));

        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "AGENCY")
                .add("answer", "SILENCE"));
        JsonObject consultation = r.getJsonArray("consultations").getJsonObject(0);
        assertEquals("SILENCE", consultation.getString("answer"));
        assertEquals(add(LocalDate.parse(sent), 15), consultation.getString("answeredOn"));
        // counted: 2 working days before the letter; the 15 of the agency are not counted
        assertEquals(add(longAgo, 35), r.getJsonObject("deadline").getString("dueDate"));
        assertEquals("ACCEPTED", r.getString("state"));
    }

    @Test
    void extensionsApprovedByTheOfficeHeadUpToTwentyWorkingDaysInTotal() throws Exception {
        JsonObject r = accepted(form(idNumber(), unique("历年统计数据")));
        long id = id(r);
        LocalDate start = LocalDate.parse(r.getString("clockStartOn"));
        r = ok("office", id, "extension-request", version(r), Json.createObjectBuilder().add("workingDays", 10)
                .add("reason", "需调取档案并征求意见"));
        assertEquals(10, r.getInt("extensionPendingDays"));
        assertProblem(403, "无权访问", step("office", id, "extension-decision", version(r),
                Json.createObjectBuilder().add("approve", true)));

        r = ok("officehead", id, "extension-decision", version(r), Json.createObjectBuilder().add("approve", true));
        assertEquals(add(start, 30), r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(10, db.scalar("SELECT extension_days FROM deadline WHERE kind = 'REPLY' AND subject_id = '"
                + r.getString("number") + "'"));

        assertProblem(400, "合计 20 个工作日", step("office", id, "extension-request", version(r),
                Json.createObjectBuilder().add("workingDays", 11).add("reason", "仍需时间")));
        r = ok("office", id, "extension-request", version(r), Json.createObjectBuilder().add("workingDays", 10)
                .add("reason", "仍需时间"));
        r = ok("officehead", id, "extension-decision", version(r), Json.createObjectBuilder().add("approve", true));
        assertEquals(add(start, 40), r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(20, r.getInt("extensionGrantedDays"));
        assertProblem(400, "合计 20 个工作日", step("office", id, "extension-request", version(r),
                Json.createObjectBuilder().add("workingDays", 1).add("reason", "再延一天")));
    }

    @Test
    void aPetitionIsNotADisclosureRequestAndLeavesNoOpenDeadline() throws Exception {
        JsonObject receipt = register(form(idNumber(), unique("反映小区物业问题，请求查处")));
        long id = id(receipt);
        JsonObject r = ok("office", id, "not-a-request", version(receipt), Json.createObjectBuilder()
                .add("note", "属于投诉事项，告知申请人通过12345热线反映"));
        assertEquals("NOT_A_REQUEST", r.getString("state"));
        assertEquals("NOT_PROCESSED", r.getString("outcome"));
        assertEquals("PETITION_COMPLAINT", r.getString("outcomeReason"));
        // the reply clock ran from receipt (Art. 31, issue #12): its deadlines are closed, none stays open
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM deadline WHERE closed_at IS NULL AND subject_id = '"
                + r.getString("number") + "'"));

        JsonObject accepted = accepted(form(idNumber(), unique("举报某单位违规")));
        r = ok("office", id(accepted), "not-a-request", version(accepted), Json.createObjectBuilder().add("note", "举报事项"));
        assertNotNull(db.text(replyDeadline("closed_at", r.getString("number"))), "an accepted one leaves its deadline");
    }

    @Test
    void aSplitGivesEachPartItsNumberAndItsClock() throws Exception {
        JsonObject r = accepted(form(idNumber(), unique("预算与决算及人事任免")));
        long id = id(r);
        HttpResponse<String> response = step("office", id, "split", version(r), Json.createObjectBuilder()
                .add("parts", Json.createArrayBuilder().add(unique("2025年预算")).add(unique("2024年决算"))));
        assertEquals(200, response.statusCode(), response.body());
        JsonArray parts = Json.createReader(new StringReader(response.body())).readArray();
        String number = r.getString("number");
        assertEquals(number + "-1", parts.getJsonObject(0).getString("number"));
        assertEquals(number + "-2", parts.getJsonObject(1).getString("number"));
        for (JsonValue part : parts) {
            assertEquals("ACCEPTED", part.asJsonObject().getString("state"));
            assertEquals(add(LocalDate.parse(r.getString("clockStartOn")), 20), db.text(replyDeadline("due_date",
                    part.asJsonObject().getString("number"))));
        }
        assertNotNull(db.text(replyDeadline("closed_at", number)));
        JsonObject whole = json(client("office").get("api/v1/requests/" + id));
        assertEquals("SPLIT", whole.getString("state"));
        assertEquals(List.of(number + "-1", number + "-2"), whole.getJsonArray("partNumbers").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aForwardedRequestKeepsItsHandoverAndIsReportedBackWithTheLetters() throws Exception {
        String handedOver = add(longAgo, 1);
        JsonObjectBuilder forwarded = form(idNumber(), unique("转办：数据开放清单")).add("channel", "FORWARDED")
                .add("handover", Json.createObjectBuilder().add("from", "市政府办公厅政务公开办").add("on", handedOver)
                        .add("what", "申请表及身份证复印件各一份").add("reference", "郑政公开转〔2026〕3号"));
        JsonObject receipt = register(forwarded);
        JsonObject r = ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder());
        assertEquals(handedOver, r.getString("clockStartOn"), "the clock starts on the day of the handover");
        assertEquals("郑政公开转〔2026〕3号", r.getJsonObject("handover").getString("reference"));

        assertProblem(400, "不能执行此操作", step("office", id(r), "report-back", version(r),
                Json.createObjectBuilder().add("result", "已答复")));
        r = ok("office", id(r), "reply", version(r), Json.createObjectBuilder().add("outcome", "UNABLE_TO_PROVIDE")
                .add("reason", "NOT_HELD").add("text", "本机关不掌握该信息。"));
        // without letterIds, the letters sent to the applicant go with the report: the receipt and the reply
        r = ok("office", id(r), "report-back", version(r), Json.createObjectBuilder().add("result", "已答复：无法提供"));
        assertEquals(today.toString(), r.getString("reportedBackOn"));
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM request_report_letter WHERE request_id = " + id(r)));
    }

    // ---- personal data -------------------------------------------------------------------

    @Test
    void theIdNumberIsEncryptedInTheDatabaseMaskedInJsonAndItsFullViewAudited() throws Exception {
        String idNumber = idNumber();
        long first = id(register(form(idNumber, unique("信息一"))));
        long second = id(register(form(idNumber, unique("信息二"))));

        byte[] a = bytes("SELECT id_number_cipher FROM disclosure_request WHERE id = " + first);
        byte[] b = bytes("SELECT id_number_cipher FROM disclosure_request WHERE id = " + second);
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains(idNumber), "no plain number in the column");
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains(idNumber.substring(6, 14)), "not even the birth date");
        assertFalse(Arrays.equals(a, b), "the same number encrypts differently in two rows");
        assertTrue(Arrays.equals(bytes("SELECT id_number_hash FROM disclosure_request WHERE id = " + first),
                bytes("SELECT id_number_hash FROM disclosure_request WHERE id = " + second)), "the keyed hash finds them");
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM disclosure_request WHERE id_number_masked LIKE '%"
                + idNumber.substring(6, 14) + "%'"));

        HttpResponse<String> read = client("office").get("api/v1/requests/" + first);
        String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
        assertEquals(masked, json(read).getString("idNumberMasked"));
        assertFalse(read.body().contains(idNumber), read.body());
        assertFalse(client("office").get("api/v1/requests?max=500").body().contains(idNumber));

        assertProblem(403, "无权访问", client("office").sendJson("POST", "api/v1/requests/" + first + "/identity-number",
                "{\"purpose\":\"核对\"}"));
        assertProblem(400, "说明用途", client("officehead").sendJson("POST", "api/v1/requests/" + first
                + "/identity-number", "{}"));
        HttpResponse<String> full = client("officehead").sendJson("POST", "api/v1/requests/" + first + "/identity-number",
                "{\"purpose\":\"行政复议答辩需核对申请人身份\"}");
        assertEquals(200, full.statusCode(), full.body());
        assertEquals(idNumber, json(full).getString("idNumber"));
        assertEquals(1, db.count(auditBefore, "officehead", "REQUEST_ID_NUMBER_VIEW", "SUCCESS"));
        assertTrue(db.text("SELECT detail FROM audit_record WHERE action = 'REQUEST_ID_NUMBER_VIEW' ORDER BY id DESC LIMIT 1")
                .contains("行政复议"));
        assertEquals(1, db.count(auditBefore, "office", "ACCESS", "REFUSED"));
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM audit_record WHERE id > " + auditBefore
                + " AND (detail LIKE '%" + idNumber + "%' OR object_id LIKE '%" + idNumber + "%')"), "never in the audit record");
    }

    @Test
    void theSameApplicantOnTheSameMatterIsFlaggedAsARepeat() throws Exception {
        String idNumber = idNumber();
        String matter = unique("2025年 政府信息公开工作年度报告");
        JsonObject first = register(form(idNumber, matter));
        assertTrue(absent(first, "repeatOfNumber"));

        JsonObject second = register(form(idNumber, matter.replace(" ", "") + "。"));
        assertEquals(first.getString("number"), second.getString("repeatOfNumber"));
        JsonObject other = register(form(idNumber(), matter));
        assertTrue(absent(other, "repeatOfNumber"), "another applicant's request is no repeat");

        JsonObject third = register(form(idNumber, unique("年度报告的附件")));
        assertTrue(absent(third, "repeatOfNumber"));
        JsonObject flagged = ok("office", id(third), "repeat", version(third), Json.createObjectBuilder()
                .add("earlierNumber", first.getString("number")));
        assertEquals(first.getString("number"), flagged.getString("repeatOfNumber"));
        assertProblem(400, "不是同一申请人", step("office", id(flagged), "repeat", version(flagged),
                Json.createObjectBuilder().add("earlierNumber", other.getString("number"))));
    }

    @Test
    void aDoubleSubmitWithOneTokenMakesOneRequest() throws Exception {
        String token = "tok-" + System.nanoTime();
        String body = form(idNumber(), unique("双击提交")).add("intakeToken", token).build().toString();
        AppClient first = client("office");
        AppClient second = new AppClient(base.toString());
        assertEquals(302, second.login("office", DemoDirectory.DEMO_PASSWORD).statusCode());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (AppClient c : List.of(first, second)) {
            results.add(pool.submit(() -> {
                start.await();
                return c.sendJson("POST", "api/v1/requests", body);
            }));
        }
        start.countDown();
        List<JsonObject> receipts = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : results) {
            HttpResponse<String> response = f.get();
            statuses.add(response.statusCode());
            receipts.add(json(response));
        }
        pool.shutdown();

        assertEquals(List.of(200, 201), statuses.stream().sorted().toList(), "one made, one repeated");
        assertEquals(receipts.get(0).getString("number"), receipts.get(1).getString("number"));
        assertEquals(receipts.get(0).getString("queryCode"), receipts.get(1).getString("queryCode"),
                "the same receipt, query code included");
        assertEquals(1, db.scalar("SELECT COUNT(*) FROM disclosure_request WHERE intake_token = '" + token + "'"));

        assertProblem(400, "已用于另一件申请", client("office").sendJson("POST", "api/v1/requests",
                form(idNumber(), unique("另一件")).add("intakeToken", token).build().toString()));
    }

    // ---- refusals --------------------------------------------------------------------------

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
        long requests = db.scalar("SELECT COUNT(*) FROM disclosure_request");
        long serial = db.scalar("SELECT COALESCE(MAX(last_serial), 0) FROM request_serial WHERE year = " + today.getYear());
        String valid = idNumber();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? "2" : "1");

        assertProblem(400, "校验位不正确", post(form(wrongCheck, unique("x"))));
        assertProblem(400, "出生日期无效", post(form("410105" + "19900231" + "123" + "X", unique("x"))));
        assertProblem(400, "至少填写一种联系方式", post(form(valid, unique("x")).add("phone", "").add("postalAddress", " ")
                .add("deliveryWanted", "PICK_UP")));
        assertProblem(400, "所需政府信息", post(form(valid, " ")));
        assertProblem(400, "通过门户网站", post(form(valid, unique("x")).add("channel", "ONLINE")));
        assertProblem(400, "交接记录", post(form(valid, unique("x")).add("channel", "FORWARDED")));
        assertEquals(requests, db.scalar("SELECT COUNT(*) FROM disclosure_request"), "nothing saved");
        assertEquals(serial, db.scalar("SELECT COALESCE(MAX(last_serial), 0) FROM request_serial WHERE year = "
                + today.getYear()), "no number used up");

        JsonObject receipt = register(form(valid, unique("办理结果测试")));
        long id = id(receipt);
        assertProblem(400, "尚未受理", step("office", id, "reply", version(receipt), Json.createObjectBuilder()
                .add("outcome", "DISCLOSED").add("text", "答复").add("howToObtain", "邮寄")));
        JsonObject r = ok("office", id, "accept", version(receipt), Json.createObjectBuilder());
        assertProblem(400, "请选择办理结果", step("office", id, "reply", version(r),
                Json.createObjectBuilder().add("text", "答复")));
        assertProblem(400, "不属于办理结果", step("office", id, "reply", version(r), Json.createObjectBuilder()
                .add("outcome", "NOT_DISCLOSED").add("reason", "NOT_HELD").add("text", "答复")));
        assertProblem(400, "正在办理", step("office", id, "accept", version(r), Json.createObjectBuilder()));
        assertEquals("ACCEPTED", db.text("SELECT state FROM disclosure_request WHERE id = " + id));
        assertEquals(version(r), db.scalar("SELECT version FROM disclosure_request WHERE id = " + id));
        assertEquals(2, db.scalar("SELECT COUNT(*) FROM request_step WHERE request_id = " + id));
    }

    @Test
    void aWrongRoleOrNotTheHandlerIsRefused() throws Exception {
        HttpResponse<String> byDepartment = client("deptstaff").sendJson("POST", "api/v1/requests",
                form(idNumber(), unique("处室登记")).build().toString());
        assertProblem(403, "无权访问", byDepartment);
        assertProblem(403, "无权访问", client("deptstaff").get("api/v1/requests"));

        JsonObject receipt = register(form(idNumber(), unique("承办人测试")));
        JsonObject r = ok("officehead", id(receipt), "assign", version(receipt), Json.createObjectBuilder()
                .add("handler", "officehead"));
        assertEquals("officehead", r.getString("handler"));
        assertProblem(403, "无权访问", step("office", id(r), "accept", version(r), Json.createObjectBuilder()));
        assertEquals(1, db.count(auditBefore, "office", "REQUEST_ACCEPT", "REFUSED"));
        assertProblem(400, "不是办公室人员", step("officehead", id(r), "assign", version(r), Json.createObjectBuilder()
                .add("handler", "deptstaff")));
        assertProblem(400, "请选择新的承办人", step("officehead", id(r), "assign", version(r), Json.createObjectBuilder()
                .add("handler", " ")));
        assertEquals("RECEIVED", db.text("SELECT state FROM disclosure_request WHERE id = " + id(r)));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        JsonObject receipt = register(form(idNumber(), unique("并发受理")));
        long seen = version(receipt);
        assertEquals(200, step("office", id(receipt), "accept", seen, Json.createObjectBuilder()).statusCode());
        assertProblem(409, "数据已被他人修改", step("office", id(receipt), "not-a-request", seen,
                Json.createObjectBuilder().add("note", "信访")));
        assertEquals("ACCEPTED", db.text("SELECT state FROM disclosure_request WHERE id = " + id(receipt)));
    }

    @Test
    void theListFiltersByStateChannelAndDeadline() throws Exception {
        JsonObject overdue = acceptedByPost(longAgo, unique("逾期测试"));
        JsonObject fresh = accepted(form(idNumber(), unique("未到期测试")));

        List<String> overdueNumbers = numbers(client("office").get("api/v1/requests?due=OVERDUE"));
        assertTrue(overdueNumbers.contains(overdue.getString("number")), overdueNumbers.toString());
        assertFalse(overdueNumbers.contains(fresh.getString("number")));
        List<String> byPost = numbers(client("office").get("api/v1/requests?channel=POST&state=ACCEPTED"));
        assertTrue(byPost.contains(overdue.getString("number")));
        assertFalse(byPost.contains(fresh.getString("number")));
        assertProblem(400, "无效", client("office").get("api/v1/requests?due=LATER"));
    }

    // ---- helpers -------------------------------------------------------------------------

    private JsonObject acceptedByPost(LocalDate received, String description) throws Exception {
        JsonObject receipt = register(form(idNumber(), description).add("channel", "POST").add("receivedOn", received.toString()));
        JsonObject r = ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder()
                .add("signedForOn", received.toString()));
        assertEquals(received.toString(), r.getString("clockStartOn"), "by post: the day signed for");
        return r;
    }

    private JsonObject accepted(JsonObjectBuilder form) throws Exception {
        JsonObject receipt = register(form);
        return ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder());
    }

    private static JsonObjectBuilder form(String idNumber, String description) {
        return Json.createObjectBuilder().add("channel", "IN_PERSON").add("applicantType", "NATURAL_PERSON")
                .add("applicantName", "王小明").add("idDocumentType", "RESIDENT_ID_CARD").add("idNumber", idNumber)
                .add("phone", "0371-67188888").add("postalAddress", "郑州市金水区农业路 1 号").add("postcode", "450000")
                .add("description", description).add("formWanted", "PAPER").add("deliveryWanted", "POST");
    }
    private static void assertProblem(int status, String text, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains(text), "expected «" + text + "» in " + response.body());
    }

    private static List<String> numbers(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream()
                .map(v -> v.asJsonObject().getString("number")).toList();
    }

    private byte[] bytes(String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getBytes(1);
        }
    }

    private static String replyDeadline(String column, String number) {
        return "SELECT " + column + " FROM deadline WHERE subject_type = 'DisclosureRequest' AND kind = 'REPLY'"
                + " AND subject_id = '" + number + "'";
    }

    /** JSON-B leaves out null fields. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String unique(String text) {
        return text + "-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    /** A valid resident ID number of its own per call (check character by GB 11643, computed here independently). */
    private static String idNumber() {
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
