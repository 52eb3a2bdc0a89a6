package cn.xxgk.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.letter.control.LetterCheck;
import cn.xxgk.letter.control.LetterData;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.ReplyWording;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.SealedContact;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestForm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each letter's content taken from a request as its step left it: the day it is issued, the texts
 * the office wrote, the applicant named only where the letter goes to the applicant, and data that
 * passes the letter component's check for its kind (what the renderer would refuse, a step would
 * fail on).
 */
class LetterContentTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 10, 0);
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void theReceiptAnnouncesTheDueDateAndIsDatedTheDayItIsIssued() {
        LetterData receipt = LetterContent.receipt(received(Channel.POST), LocalDate.of(2026, 3, 30), NOW.toLocalDate());
        assertEquals("张三", receipt.applicantName());
        assertEquals("2026-0001", receipt.requestNumber());
        assertEquals(RECEIVED, receipt.receivedDate());
        assertEquals(LocalDate.of(2026, 3, 30), receipt.dueDate());
        assertEquals(NOW.toLocalDate(), receipt.letterDate());
        assertNull(receipt.queryCode(), "the kept receipt holds no query code");
        LetterCheck.check(LetterKind.RECEIPT, withAgency(receipt));
    }

    /** Issue #12 bug 8: the letter carries the real issue date, not the day typed for the step. */
    @Test
    void theCorrectionNoticeIsDatedTheDayItIsIssuedWithItsPointsAndPeriod() {
        DisclosureRequest r = accepted(Channel.POST);
        LocalDate today = NOW.toLocalDate();
        r.correcting().sendNotice(RECEIVED.plusDays(2), today.plusDays(10), "请写明文件名称", today, "office", NOW);
        LetterData notice = LetterContent.correctionNotice(r, today);
        assertEquals(today, notice.letterDate());
        assertEquals(today.plusDays(10), notice.respondBy());
        assertEquals("请写明文件名称", notice.details());
        LetterCheck.check(LetterKind.CORRECTION_NOTICE, withAgency(notice));
    }

    @Test
    void lettersToTheThirdPartyDoNotNameTheApplicant() {
        DisclosureRequest r = accepted(Channel.POST);
        Consultation c = r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲科技有限公司", "合同金额", RECEIVED.plusDays(1), "office", NOW);
        LetterData asked = LetterContent.consultation(r, c, RECEIVED.plusDays(22));
        assertNull(asked.applicantName());
        assertEquals("甲科技有限公司", asked.thirdPartyName());
        assertEquals("合同金额", asked.details());
        assertEquals(RECEIVED.plusDays(1), asked.letterDate());
        LetterCheck.check(LetterKind.THIRD_PARTY_CONSULTATION, withAgency(asked));

        r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.REFUSAL, RECEIVED.plusDays(4), "不同意",
                RECEIVED.plusDays(22), "office", NOW);
        Consultation overridden = r.consulting().overrideInPublicInterest("公共资金", "合同金额", RECEIVED.plusDays(5), "office", NOW);
        LetterData told = LetterContent.overrideNotice(r, overridden);
        assertNull(told.applicantName());
        assertEquals("合同金额", told.informationProvided());
        assertEquals("公共资金", told.details());
        assertEquals(RECEIVED.plusDays(5), told.letterDate());
        LetterCheck.check(LetterKind.OVERRIDE_NOTICE, withAgency(told));
    }

    @Test
    void theExtensionNoticeGivesTheDaysGrantedNowAndTheNewDueDate() {
        DisclosureRequest r = accepted(Channel.POST);
        r.extending().request(10, "需调取档案", NOW.toLocalDate(), "office", NOW);
        r.extending().decide(true, null, NOW.toLocalDate(), "officehead", NOW);
        LetterData notice = LetterContent.extensionNotice(r, 10, LocalDate.of(2026, 4, 13), NOW.toLocalDate());
        assertEquals(10, notice.extensionDays());
        assertEquals("需调取档案", notice.details());
        assertEquals(LocalDate.of(2026, 4, 13), notice.dueDate());
        LetterCheck.check(LetterKind.EXTENSION_NOTICE, withAgency(notice));
    }

    @Test
    void theReplyCarriesTheTextHowToObtainAndTheCompetentAgency() {
        DisclosureRequest r = accepted(Channel.POST);
        r.replying().reply(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, "由市财政局制作", null, RECEIVED.plusDays(10), "office", NOW);
        ReplyWording wording = ReplyWordings.of(r.getReply().getOutcome(), r.getReply().getOutcomeReason(), false, true);
        LetterData reply = LetterContent.reply(r, wording, r.getReply().getRepliedOn(), r.getReply().getReplyText(), "郑州市财政局", "0371-1", null);
        assertEquals(ReplyWording.NOT_HELD_OTHER_AGENCY, reply.outcome());
        assertEquals("郑州市财政局", reply.competentAgency());
        assertEquals(RECEIVED.plusDays(10), reply.letterDate());
        assertEquals("张三", reply.applicantName());
        LetterCheck.check(LetterKind.REPLY, withAgency(reply));
    }

    @Test
    void anAbandonedRequestsLetterNamesThePeriodThatPassed() {
        DisclosureRequest r = accepted(Channel.POST);
        r.correcting().sendNotice(RECEIVED.plusDays(2), RECEIVED.plusDays(8), "请补正", RECEIVED.plusDays(9), "office",
                RECEIVED.plusDays(2).atTime(10, 0));
        r.correcting().abandon("office", NOW);
        LetterData letter = LetterContent.reply(r, ReplyWordings.of(r.getReply().getOutcome(), r.getReply().getOutcomeReason()),
                NOW.toLocalDate(), null, null, null, null);
        assertEquals(ReplyWording.NO_CORRECTION_IN_TIME, letter.outcome());
        assertEquals(RECEIVED.plusDays(8), letter.respondBy());
        LetterCheck.check(LetterKind.REPLY, withAgency(letter));
    }

    @Test
    void theReportBackGoesWithTheReplyAndItsEnclosures() {
        DisclosureRequest r = accepted(Channel.FORWARDED);
        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", RECEIVED.plusDays(3), "office", NOW);
        r.handling().reportBack("已答复", RECEIVED.plusDays(4), List.of(), "office", NOW);
        LetterData report = LetterContent.reportBack(r, ReplyWording.DISCLOSED, RECEIVED.plusDays(3), "郑大数据依申〔2026〕2号",
                List.of("政府信息公开申请答复书（郑大数据依申〔2026〕2号）"), NOW.toLocalDate());
        assertEquals(NOW.toLocalDate(), report.letterDate(), "dated the day it is issued");
        assertEquals("已答复", report.details());
        assertEquals(List.of("政府信息公开申请答复书（郑大数据依申〔2026〕2号）"), report.enclosures());
        LetterCheck.check(LetterKind.REPORT_BACK, withAgency(report).toBuilder().municipalOffice("郑州市人民政府办公厅政务公开办公室").build());
    }

    /** What the letters boundary adds from the installation. */
    private static LetterData withAgency(LetterData data) {
        return data.toBuilder().agencyName("郑州市大数据管理局").reviewBody("郑州市人民政府").build();
    }

    private static DisclosureRequest accepted(Channel channel) {
        DisclosureRequest r = received(channel);
        r.handling().accept(RECEIVED, "office", NOW);
        return r;
    }

    private static DisclosureRequest received(Channel channel) {
        boolean forwarded = channel == Channel.FORWARDED;
        RequestForm form = new RequestForm(channel, RECEIVED, ApplicantType.NATURAL_PERSON, null, "张三", null,
                IdentityDocumentType.RESIDENT_ID_CARD, "0371-12345678", null, "郑州市金水区", "450000",
                "2025年部门预算公开文件", FormWanted.PAPER, DeliveryMethod.POST, forwarded ? "市政府办公厅政务公开办" : null,
                forwarded ? RECEIVED : null, forwarded ? "申请表一份" : null, null);
        return DisclosureRequest.register("2026-0001", form,
                new ProtectedIdNumber(new byte[]{1}, new byte[32], "4101**********123X"),
                new SealedContact(null, null, null, null, null), new byte[32], null, null,
                "office", "office", NOW);
    }
}
