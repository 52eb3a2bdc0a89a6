package cn.xxgk.request.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.Extension;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.SealedContact;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.RequestForm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request page offers exactly the steps the state allows, to the handler (and the office head). */
class RequestStepsTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void aReceivedRequestOffersAcceptanceSplitNotARequestAndRepeat() {
        assertEquals(List.of("accept", "notARequest", "repeat", "split"), offered(received(Channel.POST), true, false));
    }

    @Test
    void onlyTheHandlerOrTheOfficeHeadIsOfferedAnything() {
        DisclosureRequest r = accepted();
        assertEquals(List.of(), offered(r, false, false), "another member of the office only reads");
        assertEquals(offered(r, true, false), offered(r, true, true), "the office head may act on any request");
    }

    @Test
    void anAcceptedRequestOffersTheStepsOfTheRunningClock() {
        assertEquals(List.of("correctionNotice", "consult", "extensionRequest", "askReasons", "reply", "notARequest",
                "repeat", "split"), offered(accepted(), true, false));
    }

    @Test
    void aConsultationOffersItsAnswerAndAnExtensionButNoReply() {
        DisclosureRequest r = accepted();
        r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "商业秘密", RECEIVED.plusDays(2), "office", NOW);
        assertEquals(List.of("answer", "extensionRequest", "repeat"), offered(r, true, false));
    }

    /** Arts. 32, 34: a posted letter's receipt is recorded before the party's period can run. */
    @Test
    void aPostedConsultationLetterOffersToRecordItsReceipt() {
        DisclosureRequest r = accepted();
        r.consulting().consult(ConsultationKind.AGENCY, "郑州市财政局", "共同制作", RECEIVED.plusDays(2), LetterDelivery.POST, "office", NOW);
        assertEquals(List.of("letterReceived", "answer", "extensionRequest", "repeat"), offered(r, true, false));
        r.consulting().letterReceived(RECEIVED.plusDays(4), "office", NOW);
        assertEquals(List.of("answer", "extensionRequest", "repeat"), offered(r, true, false));
    }

    @Test
    void aThirdPartysStandingRefusalOffersThePublicInterestOverride() {
        DisclosureRequest r = accepted();
        r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "商业秘密", RECEIVED.plusDays(2), "office", NOW);
        r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.REFUSAL, RECEIVED.plusDays(4), "不同意", null,
                "office", NOW);
        assertTrue(offered(r, true, false).contains("override"));
        assertFalse(offered(r, true, false).contains("split"), "a consulted request is not split any more");
    }

    @Test
    void onlyTheOfficeHeadDecidesAPendingExtensionAndNoSecondIsRequested() {
        DisclosureRequest r = accepted();
        r.extending().request(10, "需要调取档案", NOW.toLocalDate(), "office", NOW);
        assertFalse(offered(r, true, false).contains("extensionDecision"), "the handler does not decide");
        assertFalse(offered(r, true, false).contains("extensionRequest"), "one extension waits already");
        assertTrue(offered(r, false, true).contains("extensionDecision"));
    }

    @Test
    void noExtensionIsOfferedOnceTheTwentyDaysAreGranted() {
        DisclosureRequest r = accepted();
        r.extending().request(Extension.CAP, "需要调取档案", NOW.toLocalDate(), "office", NOW);
        r.extending().decide(true, null, NOW.toLocalDate(), "officehead", NOW);
        assertFalse(offered(r, true, true).contains("extensionRequest"));
    }

    @Test
    void abandonmentIsOfferedOnlyAfterTheCorrectionPeriod() {
        DisclosureRequest r = accepted();
        LocalDate correctBy = RECEIVED.plusDays(10);
        r.correcting().sendNotice(RECEIVED.plusDays(1), correctBy, "请写明文件名称", RECEIVED.plusDays(9), "office",
                RECEIVED.plusDays(1).atTime(10, 0));
        assertEquals(List.of("correctionReceived", "repeat"),
                RequestSteps.ACTIONS.stream().filter(a -> RequestSteps.offers(a, r, true, false, correctBy)).toList());
        assertTrue(RequestSteps.offers("abandon", r, true, false, correctBy.plusDays(1)));
    }

    @Test
    void aRepliedRequestOffersDeliveryAndAForwardedOneTheReportBack() {
        DisclosureRequest r = accepted(received(Channel.FORWARDED));
        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", TODAY, "office", NOW);
        assertEquals(List.of("delivery", "repeat", "reportBack"), offered(r, true, false));
        r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW);
        assertEquals(List.of("reportBack"), offered(r, true, false));
        r.handling().reportBack("已答复并送达", TODAY, List.of(), "office", NOW);
        assertEquals(List.of(), offered(r, true, true));
    }

    @Test
    void theHandOverIsOfferedToTheHandlerOrTheOfficeHeadUntilTheReply() {
        DisclosureRequest r = received(Channel.POST);
        assertTrue(RequestSteps.offers("assign", r, true, false, TODAY));
        assertFalse(RequestSteps.offers("assign", r, false, false, TODAY), "another member of the office only reads");
        r.handling().accept(RECEIVED, "office", NOW);
        r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "商业秘密", RECEIVED.plusDays(2), "office", NOW);
        assertTrue(RequestSteps.offers("assign", r, true, false, TODAY), "while a third party is consulted");
        r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.CONSENT, RECEIVED.plusDays(4), null, null,
                "office", NOW);
        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", TODAY, "office", NOW);
        assertFalse(RequestSteps.offers("assign", r, true, true, TODAY), "not once replied");
        r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW);
        assertFalse(RequestSteps.offers("assign", r, true, true, TODAY), "nor once closed");
        assertFalse(RequestSteps.ACTIONS.contains("assign"), "no step the request waits for");
    }

    @Test
    void whatARequestWaitsFor() {
        assertEquals("request.waiting.RECEIVED", RequestSteps.waitingFor(received(Channel.POST)));
        DisclosureRequest r = accepted();
        assertEquals("request.waiting.ACCEPTED", RequestSteps.waitingFor(r));
        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", TODAY, "office", NOW);
        assertEquals("request.waiting.delivery", RequestSteps.waitingFor(r));
        r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW);
        assertNull(RequestSteps.waitingFor(r));
    }

    static List<String> offered(DisclosureRequest r, boolean handlerOrHead, boolean head) {
        return RequestSteps.ACTIONS.stream().filter(a -> RequestSteps.offers(a, r, handlerOrHead, head, TODAY)).toList();
    }

    static DisclosureRequest received(Channel channel) {
        boolean forwarded = channel == Channel.FORWARDED;
        RequestForm form = new RequestForm(channel, forwarded ? null : RECEIVED, ApplicantType.NATURAL_PERSON, null, "张三",
                null, IdentityDocumentType.RESIDENT_ID_CARD, "0371-12345678", "zhang@example.cn", "郑州市金水区", "450000",
                "2025年部门预算公开文件", FormWanted.PAPER, DeliveryMethod.POST, forwarded ? "市政府办公厅政务公开办" : null,
                forwarded ? RECEIVED : null, forwarded ? "申请表一份" : null, null);
        return DisclosureRequest.register("2026-0001", form, new ProtectedIdNumber(new byte[]{1}, new byte[32],
                "4101**********123X"), new SealedContact(null, null, null, null, null), new byte[32], null, null, "office",
                "office", NOW);
    }

    /** Filed online on the portal today (Art. 31(3): received once the office confirms). */
    static DisclosureRequest filedOnline() {
        RequestForm form = new RequestForm(Channel.ONLINE, RECEIVED, ApplicantType.NATURAL_PERSON, null, "张三",
                null, IdentityDocumentType.RESIDENT_ID_CARD, "0371-12345678", "zhang@example.cn", null, null,
                "2025年部门预算公开文件", FormWanted.ELECTRONIC, DeliveryMethod.EMAIL, null, null, null, null);
        return DisclosureRequest.filedOnline("2026-0002", form, new ProtectedIdNumber(new byte[]{1}, new byte[32],
                "4101**********123X"), new SealedContact(null, null, null, null, null), new byte[32], null, null, true, NOW);
    }

    static DisclosureRequest accepted() {
        return accepted(received(Channel.POST));
    }

    static DisclosureRequest accepted(DisclosureRequest r) {
        r.handling().accept(RECEIVED, "office", NOW);
        return r;
    }
}
