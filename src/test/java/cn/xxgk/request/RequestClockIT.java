package cn.xxgk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.testsupport.ArquillianSetup;
import cn.xxgk.testsupport.AuditRows;
import cn.xxgk.testsupport.TestSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * The request's clock on the real stack (issue #12 bugs 1, 2, 4 and the correction window): the
 * reply clock from receipt (Art. 31), the correction-notice window (Art. 30), consultation periods
 * from the day the letter is received (Arts. 32, 34), extensions only in time (Art. 33). Expected
 * dates come from the public working-day calculator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestClockIT extends RequestClockSupport {

    static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日");

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

    LocalDate today;
    /** Sixty calendar days ago: a reply deadline from then has passed. */
    LocalDate longAgo;

    @BeforeEach
    void setUp() throws Exception {
        db = new AuditRows(ArquillianSetup.database());
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        longAgo = today.minusDays(60);
    }

    /** Art. 31: a request left registered has the due date its receipt promised, and shows overdue. */
    @Test
    void art31ARegisteredRequestRunsItsReplyClockFromReceiptAndShowsOverdue() throws Exception {
        JsonObject receipt = registered("IN_PERSON", longAgo, "未受理的申请");
        long id = id(receipt);
        JsonObject r = read(id);
        String number = r.getString("number");
        String due = add(longAgo, 20);
        assertEquals("RECEIVED", r.getString("state"));
        assertEquals(due, r.getJsonObject("deadline").getString("dueDate"));
        assertEquals("OVERDUE", r.getJsonObject("deadline").getString("state"));
        assertEquals(due, deadline("REPLY", "due_date", number));
        assertEquals("office", deadline("REPLY", "responsible", number), "the handler gets the reminders");
        String overdue = client("office").get("api/v1/requests?due=OVERDUE&max=500").body();
        assertTrue(overdue.contains("\"" + number + "\""), "listed as overdue: " + overdue);
        assertTrue(pdfText(letters(id).getFirst()).contains("并于" + CHINESE.format(LocalDate.parse(due)) + "前作出答复"),
                "the receipt promised that day");
        assertTrue(remindersAfterAPass("REPLY", number, "OVERDUE", "office") >= 1, "the handler is reminded");

        r = ok("office", id, "accept", version(r), Json.createObjectBuilder());
        assertEquals(due, r.getJsonObject("deadline").getString("dueDate"), "acceptance does not restart the clock");
        assertEquals(1, deadlines("REPLY", number));
    }

    /** Art. 31: a later signed-for day recorded at acceptance restarts the clock from it, and the timeline says so. */
    @Test
    void art31AConfirmationDateAtAcceptanceRestartsTheClockFromThatDay() throws Exception {
        JsonObject receipt = registered("POST", longAgo, "邮寄的申请");
        String signed = longAgo.plusDays(3).toString();
        JsonObject r = ok("office", id(receipt), "accept", version(receipt), Json.createObjectBuilder().add("signedForOn", signed));
        String number = r.getString("number");
        assertEquals(signed, r.getString("clockStartOn"));
        String due = add(LocalDate.parse(signed), 20);
        assertEquals(due, r.getJsonObject("deadline").getString("dueDate"));
        assertEquals(due, deadline("REPLY", "due_date", number));
        assertEquals(add(LocalDate.parse(signed), 7), deadline("CORRECTION_NOTICE", "due_date", number));
        assertEquals(1, deadlines("REPLY", number), "restarted, not a second deadline");
        JsonObject accepted = read(id(r)).getJsonArray("timeline").getJsonObject(1);
        assertEquals("ACCEPTED", accepted.getString("step"));
        assertEquals("clock start moved from " + longAgo + " to " + signed, accepted.getString("comment"));
        assertEquals(due, accepted.getString("replyDueOn"));
    }

    /** Art. 30: the 7 working days for the correction notice have their deadline, closed by the notice, the reply or the end. */
    @Test
    void art30TheCorrectionWindowHasItsOwnDeadline() throws Exception {
        JsonObject r = accepted("IN_PERSON", longAgo, "不明确的申请");
        String number = r.getString("number");
        assertEquals(add(longAgo, 7), deadline("CORRECTION_NOTICE", "due_date", number));
        assertEquals("office", deadline("CORRECTION_NOTICE", "responsible", number));
        assertNull(deadline("CORRECTION_NOTICE", "closed_at", number));
        assertTrue(remindersAfterAPass("CORRECTION_NOTICE", number, "OVERDUE", "office") >= 1, "its own reminder");
        // the notice is issued the day it is recorded (Art. 30's 7 days count to that day): a request of today
        JsonObject recent = accepted("IN_PERSON", today, "不明确的申请（今日）");
        ok("office", id(recent), "correction-notice", version(recent), Json.createObjectBuilder()
                .add("correctBy", add(today, 10)).add("text", "请写明所需文件的名称或文号。"));
        assertNotNull(deadline("CORRECTION_NOTICE", "closed_at", recent.getString("number")), "the notice closes it");

        JsonObject replied = accepted("IN_PERSON", today, "当场答复的申请");
        ok("office", id(replied), "reply", version(replied), Json.createObjectBuilder().add("outcome", "DISCLOSED")
                .add("text", "予以公开").add("howToObtain", "当场领取"));
        assertNotNull(deadline("CORRECTION_NOTICE", "closed_at", replied.getString("number")), "the reply closes it");

        JsonObject petition = registered("IN_PERSON", today, "投诉物业");
        ok("office", id(petition), "not-a-request", version(petition), Json.createObjectBuilder().add("note", "投诉事项"));
        assertNotNull(deadline("CORRECTION_NOTICE", "closed_at", petition.getString("number")), "the end closes it");
        assertNotNull(deadline("REPLY", "closed_at", petition.getString("number")));
    }

    /** Arts. 32, 34: a posted letter's 15 working days run from the day it is signed for; no silence before they end. */
    @Test
    void art32ThePostedLettersPeriodRunsFromItsReceipt() throws Exception {
        JsonObject r = accepted("IN_PERSON", longAgo, "企业合同");
        long id = id(r);
        String number = r.getString("number");
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("party", "河南某某科技有限公司").add("matter", "合同金额是否涉及商业秘密").add("sentOn", add(longAgo, 3))
                .add("letterDelivery", "POST"));
        JsonObject consultation = r.getJsonArray("consultations").getJsonObject(0);
        assertEquals("POST", consultation.getString("letterDelivery"));
        assertFalse(consultation.containsKey("answerDeadline") && !consultation.isNull("answerDeadline"), "waiting for delivery");
        assertEquals(0, deadlines("THIRD_PARTY_ANSWER", number));
        String asked = pdfText(letters(id).get(1));
        assertTrue(asked.contains("请自收到本函之日起十五个工作日内向本机关提出"), asked);
        assertProblem(400, "尚未登记送达", step("office", id, "consultation-answer", version(r), Json.createObjectBuilder()
                .add("kind", "THIRD_PARTY").add("answer", "SILENCE")));

        r = ok("office", id, "consultation-letter-received", version(r), Json.createObjectBuilder().add("receivedOn", today.toString()));
        assertEquals(add(today, 15), deadline("THIRD_PARTY_ANSWER", "due_date", number));
        assertEquals(today.toString(), r.getJsonArray("consultations").getJsonObject(0).getString("letterReceivedOn"));
        // fifteen working days from the sending day are long over, those from receipt are not
        assertProblem(400, "尚未届满", step("office", id, "consultation-answer", version(r), Json.createObjectBuilder()
                .add("kind", "THIRD_PARTY").add("answer", "SILENCE")));

        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("answer", "CONSENT").add("receivedOn", today.toString()));
        assertEquals(add(today, 17), r.getJsonObject("deadline").getString("dueDate"), "3 working days counted before the letter");
    }

    /** Art. 34: the other agency gets its own letter; its silence ends the pause on the last day counted from receipt. */
    @Test
    void art34TheOtherAgencyGetsItsLetterAndItsSilenceCountsFromReceipt() throws Exception {
        JsonObject r = accepted("IN_PERSON", longAgo, "联合发文的信息");
        long id = id(r);
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "AGENCY")
                .add("party", "郑州市财政局").add("matter", "共同制作的资金信息").add("sentOn", add(longAgo, 2))
                .add("letterDelivery", "POST"));
        List<JsonObject> letters = letters(id);
        assertEquals(List.of("RECEIPT", "INTER_AGENCY_CONSULTATION"), letters.stream().map(l -> l.getString("kind")).toList());
        assertEquals("郑州市财政局", letters.get(1).getString("addressee"));
        String asked = pdfText(letters.get(1));
        assertTrue(asked.contains("政府信息公开征求意见函") && asked.contains("郑州市财政局：") && asked.contains("视为同意公开"), asked);
        assertFalse(asked.contains("孙丽"), "the applicant is not named");

        String received = add(longAgo, 5);
        r = ok("office", id, "consultation-letter-received", version(r), Json.createObjectBuilder().add("receivedOn", received));
        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "AGENCY").add("answer", "SILENCE"));
        String lastDay = add(LocalDate.parse(received), 15);
        assertEquals(lastDay, r.getJsonArray("consultations").getJsonObject(0).getString("answeredOn"));
        assertEquals(add(LocalDate.parse(lastDay), 18), r.getJsonObject("deadline").getString("dueDate"),
                "2 working days counted before the letter, 18 after the agency's period");
    }

    /** Art. 33(2): approved while a consultation pauses the clock, the extension is added; the notice says the clock is paused. */
    @Test
    void art33AnExtensionDuringAConsultationIsAddedToThePeriod() throws Exception {
        JsonObject r = accepted("IN_PERSON", longAgo, "需要延期的申请");
        long id = id(r);
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("party", "甲公司").add("matter", "商业秘密").add("sentOn", add(longAgo, 3)));
        r = ok("office", id, "extension-request", version(r), Json.createObjectBuilder().add("workingDays", 10).add("reason", "需调取档案"));
        r = ok("officehead", id, "extension-decision", version(r), Json.createObjectBuilder().add("approve", true));
        assertEquals(10, r.getInt("extensionGrantedDays"));
        String notice = pdfText(letters(id).getLast());
        assertTrue(notice.contains("答复期限延长10个工作日") && notice.contains("剩余的答复期限为27个工作日"), notice);

        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("answer", "REFUSAL").add("receivedOn", add(longAgo, 7)));
        assertEquals(add(longAgo, 34), r.getJsonObject("deadline").getString("dueDate"), "20 + 10, and 4 paused days");
    }

    /** Art. 33(2): after the due day no extension is asked for or approved; the reply stays overdue. */
    @Test
    void art33NoExtensionOnceTheReplyDeadlineHasPassed() throws Exception {
        JsonObject late = accepted("IN_PERSON", longAgo, "逾期的申请");
        assertProblem(400, "届满", step("office", id(late), "extension-request", version(late), Json.createObjectBuilder()
                .add("workingDays", 5).add("reason", "来不及")));

        JsonObject r = accepted("IN_PERSON", longAgo, "暂停中申请延期");
        long id = id(r);
        String number = r.getString("number");
        r = ok("office", id, "consultation", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("party", "乙公司").add("matter", "个人隐私").add("sentOn", add(longAgo, 3)));
        r = ok("office", id, "extension-request", version(r), Json.createObjectBuilder().add("workingDays", 10).add("reason", "复杂"));
        r = ok("office", id, "consultation-answer", version(r), Json.createObjectBuilder().add("kind", "THIRD_PARTY")
                .add("answer", "CONSENT").add("receivedOn", add(longAgo, 5)));
        assertEquals("OVERDUE", r.getJsonObject("deadline").getString("state"));
        assertProblem(400, "届满", step("officehead", id, "extension-decision", version(r),
                Json.createObjectBuilder().add("approve", true)));
        r = ok("officehead", id, "extension-decision", version(r), Json.createObjectBuilder().add("approve", false));
        assertEquals("OVERDUE", r.getJsonObject("deadline").getString("state"), "a refused extension changes nothing");
        assertEquals(0, db.scalar("SELECT extension_days FROM deadline WHERE kind = 'REPLY' AND subject_id = '" + number + "'"));
        assertNull(deadline("REPLY", "closed_at", number), "still open: its overdue reminders and escalation go on");
        assertTrue(remindersAfterAPass("REPLY", number, "OVERDUE", "officehead") >= 1, "escalated to the office head");
        assertEquals(List.of("RECEIPT", "THIRD_PARTY_CONSULTATION"), letters(id).stream().map(l -> l.getString("kind")).toList(),
                "no extension notice");
        assertTrue(Json.createReader(new StringReader(client("office").get("api/v1/requests?due=OVERDUE&max=500").body()))
                .readArray().toString().contains(number));
    }
}
