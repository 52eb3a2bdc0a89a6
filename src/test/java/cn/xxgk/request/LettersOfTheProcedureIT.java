package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters of the steps after acceptance, read back from their PDFs: the correction notice and
 * the abandonment, the third party's consultation and override notice (never with the applicant's
 * name), the extension notice, the petition answered in the wording of Art. 39, and the report back
 * on a forwarded request with its letters enclosed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LettersOfTheProcedureIT extends LettersItSupport {

    // ---- the later steps ---------------------------------------------------------------

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
}
