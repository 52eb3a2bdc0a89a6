package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #12 bugs 3, 8 and 9 on the real stack, through the JSON commands: the API offers only the
 * outcomes the request's history allows (replyOptions) and refuses the rest with 400 problem+json,
 * nothing saved; the Art. 35 question for reasons; the competent agency of Art. 36(5); the days
 * typed for the steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestReplyIT extends RequestItSupport {

    /** Art. 35: "行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理". */
    @Test
    void excessiveRequestsAreSetAsideOnlyAfterTheApplicantWasAskedForReasons_art35() throws Exception {
        JsonObject r = accepted(form(idNumber(), unique("近三年全部发文")));
        long id = id(r);
        assertFalse(reasons(r, "NOT_PROCESSED").contains("EXCESSIVE_REQUESTS"));
        assertRefusedAndNothingSaved(r, reply("NOT_PROCESSED", "EXCESSIVE_REQUESTS"), "第三十五条");

        assertProblem(400, "晚于今天", step("office", id, "reasons-request", version(r), Json.createObjectBuilder()
                .add("text", "请说明理由").add("askedOn", today.plusDays(1).toString())));
        r = ok("office", id, "reasons-request", version(r), Json.createObjectBuilder()
                .add("text", "请说明一个月内提出四十件申请的理由"));
        assertEquals(today.toString(), r.getString("reasonsAskedOn"));
        assertTrue(reasons(r, "NOT_PROCESSED").contains("EXCESSIVE_REQUESTS"));
        r = ok("office", id, "reply", version(r), reply("NOT_PROCESSED", "EXCESSIVE_REQUESTS"));
        assertEquals("REPLIED", r.getString("state"));
        assertEquals(List.of("REGISTERED", "ACCEPTED", "REASONS_ASKED", "REPLIED"), steps(id));
    }

    /** Art. 36(6): a repeat is set aside only when the earlier request of the same applicant was answered. */
    @Test
    void aRepeatIsSetAsideOnlyOnceTheEarlierRequestWasAnswered_art36() throws Exception {
        String idNumber = idNumber();
        String matter = unique("2025年政府信息公开工作年度报告");
        JsonObject earlier = accepted(form(idNumber, matter));
        JsonObject r = accepted(form(idNumber, matter));
        assertEquals(earlier.getString("number"), r.getString("repeatOfNumber"));
        assertFalse(reasons(r, "NOT_PROCESSED").contains("REPEATED_REQUEST"), "the earlier one is not answered yet");
        assertRefusedAndNothingSaved(r, reply("NOT_PROCESSED", "REPEATED_REQUEST"), "已作出答复的在先申请");

        ok("office", id(earlier), "reply", version(earlier), reply("DISCLOSED", null).add("howToObtain", "邮寄"));
        r = json(client("office").get("api/v1/requests/" + id(r)));
        assertTrue(reasons(r, "NOT_PROCESSED").contains("REPEATED_REQUEST"));
        assertEquals("REPLIED", ok("office", id(r), "reply", version(r), reply("NOT_PROCESSED", "REPEATED_REQUEST"))
                .getString("state"));
    }

    /** Art. 30 and Art. 42: neither 逾期不补正 nor 逾期未缴费 is a reply; 仍不明确 needs a correction. */
    @Test
    void theOutcomesOfStepsThatDidNotHappenAreNeitherOfferedNorAccepted() throws Exception {
        JsonObject r = accepted(form(idNumber(), unique("相关文件")));
        assertEquals(List.of("OTHER"), reasons(r, "OTHER"));
        assertFalse(reasons(r, "UNABLE_TO_PROVIDE").contains("STILL_UNCLEAR_AFTER_CORRECTION"));
        assertRefusedAndNothingSaved(r, reply("OTHER", "CORRECTION_OVERDUE"), "视为放弃申请");
        assertRefusedAndNothingSaved(r, reply("OTHER", "FEE_OVERDUE"), "收费通知");
        assertRefusedAndNothingSaved(r, reply("UNABLE_TO_PROVIDE", "STILL_UNCLEAR_AFTER_CORRECTION"), "补正");
    }

    /** Art. 32: no withholding for the rights of a third party that consented. */
    @Test
    void withholdingForAThirdPartyThatConsentedIsRefused_art32() throws Exception {
        JsonObject r = accepted(form(idNumber(), unique("某企业的合同")));
        long id = id(r);
        String sent = today.toString();
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("party", "河南某某科技有限公司").add("matter", "合同金额").add("sentOn", sent));
        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("answer", "CONSENT").add("receivedOn", today.toString()));
        assertFalse(reasons(r, "NOT_DISCLOSED").contains("THIRD_PARTY_RIGHTS"));
        assertRefusedAndNothingSaved(r, reply("NOT_DISCLOSED", "THIRD_PARTY_RIGHTS"), "第三方已同意公开");
    }

    /** Art. 36(5): "告知申请人该行政机关的名称、联系方式" — both, and only for information not held. */
    @Test
    void theCompetentAgencyIsNamedWithItsContact_art36() throws Exception {
        JsonObject r = accepted(form(idNumber(), unique("市财政局的资金文件")));
        assertRefusedAndNothingSaved(r, reply("UNABLE_TO_PROVIDE", "NOT_HELD").add("competentAgency", "郑州市财政局"),
                "联系方式");
        assertRefusedAndNothingSaved(r, reply("UNABLE_TO_PROVIDE", "NEEDS_CREATION").add("competentAgency", "郑州市财政局")
                .add("competentAgencyContact", "0371-67181234"), "本机关不掌握");
        r = ok("office", id(r), "reply", version(r), reply("UNABLE_TO_PROVIDE", "NOT_HELD")
                .add("competentAgency", "郑州市财政局").add("competentAgencyContact", "0371-67181234"));
        assertEquals("NOT_HELD_OTHER_AGENCY", db.text("SELECT outcome FROM request_letter WHERE id = "
                + r.getJsonNumber("replyLetterId")));
    }

    /** Bug 8: a typed day is not after today nor before the previous step; the timeline keeps both dates. */
    @Test
    void theDaysTypedForTheStepsFollowTheHistoryAndTheTimelineKeepsBothDates() throws Exception {
        LocalDate received = today.minusDays(10);
        JsonObject receipt = register(form(idNumber(), unique("预算文件")).add("channel", "POST")
                .add("receivedOn", received.toString()));
        JsonObject r = ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder()
                .add("signedForOn", received.plusDays(2).toString()));
        long id = id(r);
        assertProblem(400, "早于", step("office", id, "reply", version(r), reply("DISCLOSED", null)
                .add("howToObtain", "邮寄").add("repliedOn", received.plusDays(1).toString())));
        assertProblem(400, "晚于今天", step("office", id, "reply", version(r), reply("DISCLOSED", null)
                .add("howToObtain", "邮寄").add("repliedOn", today.plusDays(1).toString())));

        String repliedOn = received.plusDays(4).toString();
        r = ok("office", id, "reply", version(r), reply("DISCLOSED", null).add("howToObtain", "邮寄").add("repliedOn", repliedOn));
        assertEquals(repliedOn, r.getString("repliedOn"));
        assertEquals(today.toString(), db.text("SELECT letter_date FROM request_letter WHERE id = "
                + r.getJsonNumber("replyLetterId")), "the letter carries the day it is issued");
        assertProblem(400, "早于", step("office", id, "delivery", version(r), Json.createObjectBuilder()
                .add("method", "POST").add("deliveredOn", received.plusDays(3).toString())));

        JsonObject replied = json(client("office").get("api/v1/requests/" + id)).getJsonArray("timeline").getJsonObject(2);
        assertEquals("REPLIED", replied.getString("step"));
        assertEquals(repliedOn, replied.getString("statedOn"));
        assertTrue(replied.getString("at").startsWith(today.toString()), replied.toString());
    }

    // ---- helpers -------------------------------------------------------------------------

    private void assertRefusedAndNothingSaved(JsonObject r, JsonObjectBuilder command, String text) throws Exception {
        long steps = db.scalar("SELECT COUNT(*) FROM request_step WHERE request_id = " + id(r));
        assertProblem(400, text, step("office", id(r), "reply", version(r), command));
        assertEquals("ACCEPTED", db.text("SELECT state FROM disclosure_request WHERE id = " + id(r)));
        assertEquals(steps, db.scalar("SELECT COUNT(*) FROM request_step WHERE request_id = " + id(r)));
        assertEquals(version(r), db.scalar("SELECT version FROM disclosure_request WHERE id = " + id(r)));
    }

    private static List<String> reasons(JsonObject r, String outcome) {
        JsonObject options = r.getJsonObject("replyOptions");
        return !options.containsKey(outcome) ? List.of()
                : options.getJsonArray(outcome).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private List<String> steps(long id) throws Exception {
        return json(client("office").get("api/v1/requests/" + id)).getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("step")).toList();
    }

    private static JsonObjectBuilder reply(String outcome, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("outcome", outcome).add("text", "答复内容");
        return reason == null ? b : b.add("reason", reason);
    }
}
