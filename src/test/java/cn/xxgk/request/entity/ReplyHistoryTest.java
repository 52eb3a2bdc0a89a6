package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.DisclosureRequestTest.NOW;
import static cn.xxgk.request.entity.DisclosureRequestTest.RECEIVED;
import static cn.xxgk.request.entity.DisclosureRequestTest.TODAY;
import static cn.xxgk.request.entity.DisclosureRequestTest.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #12 bugs 3 and 9: a reply states only what happened. Each test follows the words of the
 * article that makes the outcome depend on an earlier step; the request both refuses the reply and
 * leaves the outcome out of what it offers ({@link DisclosureRequest#possibleReasons}).
 */
class ReplyHistoryTest {

    /** Art. 30: "补正后申请内容仍不明确" needs the correction notice and the corrected request. */
    @Test
    void stillUnclearAfterCorrectionOnlyOnceACorrectionNoticeWasAnswered_art30() {
        DisclosureRequest r = accepted();
        assertFalse(r.replying().possibleReasons(ReplyOutcome.UNABLE_TO_PROVIDE).contains(ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION));
        assertEquals("request.invalid.reason.noCorrection", refusal(r, ReplyOutcome.UNABLE_TO_PROVIDE,
                ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION));

        r.correcting().sendNotice(RECEIVED.plusDays(1), RECEIVED.plusDays(10), "请写明文件名称", RECEIVED.plusDays(9), "office",
                RECEIVED.plusDays(1).atTime(9, 0));
        r.correcting().receive(RECEIVED.plusDays(4), "仍是“相关文件”", new byte[32], "office", NOW);
        assertTrue(r.replying().possibleReasons(ReplyOutcome.UNABLE_TO_PROVIDE).contains(ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION));
        r.replying().reply(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION, "补正后仍不明确", null, TODAY,
                "office", NOW);
        assertEquals(RequestState.REPLIED, r.getState());
    }

    /** Art. 30: "无正当理由逾期不补正的，视为放弃申请": only through abandonment, never chosen in a reply. */
    @Test
    void correctionOverdueIsNeverAReplyEvenAfterACorrection_art30() {
        DisclosureRequest r = accepted();
        r.correcting().sendNotice(RECEIVED.plusDays(1), RECEIVED.plusDays(10), "请补正", RECEIVED.plusDays(9), "office",
                RECEIVED.plusDays(1).atTime(9, 0));
        r.correcting().receive(RECEIVED.plusDays(4), null, null, "office", NOW);
        assertEquals(List.of(ReplyReason.OTHER), r.replying().possibleReasons(ReplyOutcome.OTHER));
        assertEquals("request.invalid.reason.correctionOverdue", refusal(r, ReplyOutcome.OTHER, ReplyReason.CORRECTION_OVERDUE));
    }

    /** Art. 36(6): "已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理". */
    @Test
    void aRepeatedRequestOnlyWhenTheEarlierRequestOfTheSameApplicantWasAnswered_art36() throws Exception {
        DisclosureRequest earlier = withId(accepted(), 1L);
        DisclosureRequest r = withId(accepted(), 2L);
        assertEquals("request.invalid.reason.noAnsweredEarlier", refusal(r, ReplyOutcome.NOT_PROCESSED, ReplyReason.REPEATED_REQUEST));

        r.handling().flagRepeatOf(earlier, "office", NOW);
        assertFalse(r.replying().possibleReasons(ReplyOutcome.NOT_PROCESSED).contains(ReplyReason.REPEATED_REQUEST),
                "the earlier request is not answered yet");
        assertEquals("request.invalid.reason.noAnsweredEarlier", refusal(r, ReplyOutcome.NOT_PROCESSED, ReplyReason.REPEATED_REQUEST));

        earlier.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", RECEIVED.plusDays(3), "office", NOW);
        assertTrue(r.replying().possibleReasons(ReplyOutcome.NOT_PROCESSED).contains(ReplyReason.REPEATED_REQUEST));
        r.replying().reply(ReplyOutcome.NOT_PROCESSED, ReplyReason.REPEATED_REQUEST, "不予重复处理", null, TODAY, "office", NOW);
    }

    /** Art. 35: "行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理". */
    @Test
    void excessiveRequestsOnlyAfterTheApplicantWasAskedForReasons_art35() {
        DisclosureRequest r = accepted();
        assertFalse(r.replying().possibleReasons(ReplyOutcome.NOT_PROCESSED).contains(ReplyReason.EXCESSIVE_REQUESTS));
        assertEquals("request.invalid.reason.reasonsNotAsked", refusal(r, ReplyOutcome.NOT_PROCESSED, ReplyReason.EXCESSIVE_REQUESTS));

        assertEquals("request.invalid.reasonsTextRequired", assertThrows(InvalidInputException.class,
                () -> r.replying().askForReasons(" ", TODAY, "office", NOW)).messageKey());
        r.replying().askForReasons("请说明一个月内提出四十件申请的理由", RECEIVED.plusDays(2), "office", NOW);
        assertEquals(RequestStep.REASONS_ASKED, r.getTimeline().getLast().getStep());
        assertEquals("request.invalid.reasonsAskedAlready", assertThrows(InvalidInputException.class,
                () -> r.replying().askForReasons("再次", TODAY, "office", NOW)).messageKey());
        assertTrue(r.replying().possibleReasons(ReplyOutcome.NOT_PROCESSED).contains(ReplyReason.EXCESSIVE_REQUESTS));
        r.replying().reply(ReplyOutcome.NOT_PROCESSED, ReplyReason.EXCESSIVE_REQUESTS, "理由不合理，不予处理", null, TODAY, "office", NOW);
    }

    /** Art. 42 and 国办函〔2020〕109号: "逾期未缴费" needs a fee notice; the system issues none yet. */
    @Test
    void feeOverdueIsRefusedWhileTheSystemIssuesNoFeeNotice() {
        DisclosureRequest r = accepted();
        assertFalse(r.replying().possibleReasons(ReplyOutcome.OTHER).contains(ReplyReason.FEE_OVERDUE));
        assertEquals("request.invalid.reason.noFeeNotice", refusal(r, ReplyOutcome.OTHER, ReplyReason.FEE_OVERDUE));
    }

    /**
     * Art. 32: "第三方不同意公开且有合理理由的，行政机关不予公开": withholding for a third party's rights
     * is for a third party that does not agree; once it consented, not (unless another third party refused).
     */
    @Test
    void withholdingForAThirdPartysRightsIsRefusedAfterItConsented_art32() {
        DisclosureRequest r = accepted();
        r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同金额", RECEIVED.plusDays(1), "office", NOW);
        r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.CONSENT, RECEIVED.plusDays(3), "同意公开",
                RECEIVED.plusDays(20), "office", NOW);
        assertFalse(r.replying().possibleReasons(ReplyOutcome.NOT_DISCLOSED).contains(ReplyReason.THIRD_PARTY_RIGHTS));
        assertEquals("request.invalid.reason.thirdPartyConsented",
                refusal(r, ReplyOutcome.NOT_DISCLOSED, ReplyReason.THIRD_PARTY_RIGHTS));
        assertEquals("request.invalid.reason.thirdPartyConsented",
                refusal(r, ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.THIRD_PARTY_RIGHTS));

        r.consulting().consult(ConsultationKind.THIRD_PARTY, "乙公司", "合同金额", RECEIVED.plusDays(4), "office", NOW);
        r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.REFUSAL, RECEIVED.plusDays(6), "涉及商业秘密",
                RECEIVED.plusDays(25), "office", NOW);
        assertTrue(r.replying().possibleReasons(ReplyOutcome.PARTIALLY_DISCLOSED).contains(ReplyReason.THIRD_PARTY_RIGHTS),
                "another third party's refusal stands");
        assertFalse(r.replying().possibleOutcomes().contains(ReplyOutcome.DISCLOSED), "nor a full disclosure while it stands");
        r.replying().reply(ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.THIRD_PARTY_RIGHTS, "部分公开", "邮寄", TODAY, "office", NOW);
    }

    /** Art. 36(5): "能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式". */
    @Test
    void theCompetentAgencyIsNamedWithItsContactAndOnlyForInformationNotHeld_art36() {
        assertFalse(Reply.namesCompetentAgency(ReplyReason.NOT_HELD, " ", null), "Art. 36(4): no agency named");
        assertTrue(Reply.namesCompetentAgency(ReplyReason.NOT_HELD, "郑州市财政局", "0371-67188000"));
        assertEquals("request.invalid.competentAgencyContactRequired", assertThrows(InvalidInputException.class,
                () -> Reply.namesCompetentAgency(ReplyReason.NOT_HELD, "郑州市财政局", "")).messageKey());
        assertEquals("request.invalid.competentAgencyRequired", assertThrows(InvalidInputException.class,
                () -> Reply.namesCompetentAgency(ReplyReason.NOT_HELD, null, "0371-67188000")).messageKey());
        assertEquals("request.invalid.competentAgencyNotFitting", assertThrows(InvalidInputException.class,
                () -> Reply.namesCompetentAgency(ReplyReason.NEEDS_CREATION, "郑州市财政局", "0371-67188000")).messageKey());
    }

    /** Bug 8: a day typed for a step is not after today and not before the step before it. */
    @Test
    void theDayOfAStepIsNeitherAfterTodayNorBeforeThePreviousStep() {
        DisclosureRequest r = accepted();
        r.consulting().consult(ConsultationKind.AGENCY, "郑州市财政局", "共同制作的信息", RECEIVED.plusDays(2), "office", NOW);
        r.consulting().answer(ConsultationKind.AGENCY, ConsultationAnswer.CONSENT, RECEIVED.plusDays(6), null, RECEIVED.plusDays(20),
                "office", NOW);
        assertEquals(RECEIVED.plusDays(6), StepInput.lastStepDay(r));
        assertEquals("request.invalid.dateTooEarly", replyOn(r, RECEIVED.plusDays(5)), "a reply before the answer it rests on");
        assertEquals("request.invalid.dateInFuture", replyOn(r, TODAY.plusDays(1)));
        assertEquals("request.invalid.dateTooEarly", assertThrows(InvalidInputException.class,
                () -> r.replying().askForReasons("请说明理由", RECEIVED.plusDays(5), "office", NOW)).messageKey());

        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", RECEIVED.plusDays(8), "office", NOW);
        assertTrue(r.getTimeline().getLast().isRecordedLater());
        assertEquals(RECEIVED.plusDays(8), r.getTimeline().getLast().getStatedOn());
        assertEquals("request.invalid.dateTooEarly", assertThrows(InvalidInputException.class,
                () -> r.replying().recordDelivery(DeliveryMethod.POST, RECEIVED.plusDays(7), null, "office", NOW)).messageKey());
        assertEquals("request.invalid.dateInFuture", assertThrows(InvalidInputException.class,
                () -> r.replying().recordDelivery(DeliveryMethod.POST, TODAY.plusDays(1), null, "office", NOW)).messageKey());
        r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW);
        assertFalse(r.getTimeline().getLast().isRecordedLater(), "a step on the day it is recorded has one date");
    }

    @Test
    void noOutcomeIsOfferedWhereNoReplyMayBeMade() {
        DisclosureRequest r = DisclosureRequestTest.received();
        assertEquals(List.of(), r.replying().possibleOutcomes());
        assertEquals(List.of(), r.replying().possibleReasons(ReplyOutcome.NOT_DISCLOSED));
        assertEquals(List.of(ReplyOutcome.values()), accepted().replying().possibleOutcomes(), "each outcome has a reason a new request may state");
    }

    // ---- helpers -------------------------------------------------------------------------

    private static String refusal(DisclosureRequest r, ReplyOutcome outcome, ReplyReason reason) {
        String key = assertThrows(InvalidInputException.class,
                () -> r.replying().reply(outcome, reason, "答复", outcome.givesInformation() ? "邮寄" : null, TODAY, "office", NOW)).messageKey();
        assertEquals(RequestState.ACCEPTED, r.getState(), "nothing changes");
        return key;
    }

    private static String replyOn(DisclosureRequest r, LocalDate day) {
        return assertThrows(InvalidInputException.class,
                () -> r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", day, "office", NOW)).messageKey();
    }

    private static DisclosureRequest withId(DisclosureRequest r, long id) throws ReflectiveOperationException {
        Field field = DisclosureRequest.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(r, id);
        return r;
    }
}
