package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disclosure on request on the real stack, through the JSON commands: the legal paths after
 * acceptance (correction, consultation, extension, petition, split, forwarding and report back),
 * each with its clock checked against the working-day calendar (the public calculator).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestProcedureIT extends RequestItSupport {

    // ---- the legal paths -----------------------------------------------------------------

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
}
