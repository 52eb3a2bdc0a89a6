package cn.xxgk.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The procedure's state machine without a container: what each state refuses, and the rules of each step. */
class DisclosureRequestTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void aReceivedRequestCanOnlyBeAcceptedSplitOrSetAside() {
        DisclosureRequest r = received();
        assertRefused(RequestState.RECEIVED, () -> r.reply(ReplyOutcome.DISCLOSED, null, "答复", "邮寄", TODAY, "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.sendCorrectionNotice(TODAY, TODAY.plusDays(10), "请补正", TODAY, "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.consult(ConsultationKind.THIRD_PARTY, "甲公司", "商业秘密", TODAY, "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.requestExtension(5, "复杂", NOW.toLocalDate(), "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW));
        assertEquals(RequestState.RECEIVED, r.getState());
        assertEquals(1, r.getTimeline().size(), "refused steps leave no trace");
    }

    @Test
    void acceptanceStartsTheClockOnlyOnceAndNotBeforeReceipt() {
        DisclosureRequest r = received();
        assertThrows(InvalidInputException.class, () -> r.accept(RECEIVED.minusDays(1), "office", NOW));
        r.accept(RECEIVED, "office", NOW);
        assertEquals(RequestState.ACCEPTED, r.getState());
        assertEquals(RECEIVED, r.getClockStartOn());
        assertRefused(RequestState.ACCEPTED, () -> r.accept(RECEIVED, "office", NOW));
    }

    /**
     * Art. 30 "自收到申请之日起7个工作日内一次性告知": the 7 working days are checked against the day the
     * notice is really issued (the step's now), not against the day typed for it (issue #12 bug 8).
     */
    @Test
    void theCorrectionNoticeIsSentOnceAndWithinItsSevenDaysOfTheDayItIsIssued() {
        DisclosureRequest r = accepted();
        LocalDate lastDay = LocalDate.of(2026, 3, 11);
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> r.sendCorrectionNotice(LocalDate.of(2026, 3, 10), TODAY.plusDays(5), "请补正", lastDay, "office", NOW));
        assertEquals("request.invalid.correctionTooLate", late.messageKey(), "a day typed within the 7 days does not make a late notice timely");
        LocalDateTime issued = LocalDateTime.of(2026, 3, 11, 9, 0);
        assertEquals("request.invalid.correctionTextRequired", assertThrows(InvalidInputException.class,
                () -> r.sendCorrectionNotice(RECEIVED.plusDays(1), TODAY, " ", lastDay, "office", issued)).messageKey());
        assertEquals("request.invalid.correctionDueOn", assertThrows(InvalidInputException.class,
                () -> r.sendCorrectionNotice(RECEIVED.plusDays(1), issued.toLocalDate(), "请补正", lastDay, "office", issued))
                .messageKey(), "the period ends after the day the notice is issued");

        r.sendCorrectionNotice(RECEIVED.plusDays(1), RECEIVED.plusDays(20), "请写明文件名称", lastDay, "office", issued);
        assertEquals(RequestState.AWAITING_CORRECTION, r.getState());
        assertEquals(RECEIVED.plusDays(1), r.getCorrectionNoticeOn(), "the day stated");
        TimelineEntry step = r.getTimeline().getLast();
        assertEquals(RECEIVED.plusDays(1), step.getStatedOn());
        assertTrue(step.isRecordedLater(), "the timeline shows both the stated and the recorded day");
        assertRefused(RequestState.AWAITING_CORRECTION, () -> r.reply(ReplyOutcome.DISCLOSED, null, "答复", "邮寄", TODAY, "office", NOW));

        assertEquals("request.invalid.dateTooEarly", assertThrows(InvalidInputException.class,
                () -> r.receiveCorrection(RECEIVED, "2025年预算公开文件", new byte[32], "office", NOW)).messageKey());
        r.receiveCorrection(RECEIVED.plusDays(5), "2025年预算公开文件", new byte[32], "office", NOW);
        assertEquals(RequestState.ACCEPTED, r.getState());
        assertEquals("2025年预算公开文件", r.getDescription());
        assertEquals(RECEIVED.plusDays(5), r.correction().replyPeriodRestartsOn(), "Art. 30: a new period from the receipt of the correction");
        assertEquals("request.invalid.correctionOnce", assertThrows(InvalidInputException.class,
                () -> r.sendCorrectionNotice(RECEIVED.plusDays(6), TODAY.plusDays(5), "再补正", TODAY, "office", NOW)).messageKey());
    }

    @Test
    void abandonmentWaitsUntilTheCorrectionPeriodHasPassed() {
        DisclosureRequest r = accepted();
        r.sendCorrectionNotice(RECEIVED.plusDays(1), TODAY, "请补正", LocalDate.of(2026, 3, 11), "office",
                RECEIVED.plusDays(1).atTime(10, 0));
        assertEquals("request.invalid.correctionNotOverdue",
                assertThrows(InvalidInputException.class, () -> r.abandon("office", NOW)).messageKey());

        r.abandon("office", NOW.plusDays(1));
        assertEquals(RequestState.ABANDONED, r.getState());
        assertEquals(ReplyOutcome.OTHER, r.getOutcome());
        assertEquals(ReplyReason.CORRECTION_OVERDUE, r.getOutcomeReason());
        assertTrue(r.getState().isFinal());
    }

    @Test
    void aConsultationPausesAndSilenceWaitsForTheConsultedPartysPeriod() {
        DisclosureRequest r = accepted();
        r.consult(ConsultationKind.AGENCY, "郑州市财政局", "共同制作的预算信息", RECEIVED.plusDays(2), "office", NOW);
        assertEquals(RequestState.AGENCY_CONSULTATION, r.getState());
        assertRefused(RequestState.AGENCY_CONSULTATION, () -> r.reply(ReplyOutcome.DISCLOSED, null, "答复", "邮寄", TODAY, "office", NOW));
        assertRefused(RequestState.AGENCY_CONSULTATION, () -> r.recordAnswer(ConsultationKind.THIRD_PARTY,
                ConsultationAnswer.CONSENT, TODAY, null, TODAY, "office", NOW));

        LocalDate theirLastDay = TODAY;
        assertEquals("request.invalid.silenceTooEarly", assertThrows(InvalidInputException.class,
                () -> r.recordAnswer(ConsultationKind.AGENCY, ConsultationAnswer.SILENCE, null, null, theirLastDay, "office", NOW))
                .messageKey());
        LocalDate resumed = r.recordAnswer(ConsultationKind.AGENCY, ConsultationAnswer.SILENCE, null, null,
                theirLastDay.minusDays(1), "office", NOW);
        assertEquals(theirLastDay.minusDays(1), resumed, "silence ends the pause on the consulted party's last day");
        assertEquals(RequestState.ACCEPTED, r.getState());
    }

    @Test
    void aThirdPartysRefusalBlocksFullDisclosureUntilAPublicInterestOverride() {
        DisclosureRequest r = accepted();
        assertEquals("request.invalid.noThirdPartyRefusal", assertThrows(InvalidInputException.class,
                () -> r.overrideInPublicInterest("公共安全", "告知书", TODAY, "office", NOW)).messageKey());
        r.consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同金额", RECEIVED.plusDays(1), "office", NOW);
        r.recordAnswer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.REFUSAL, RECEIVED.plusDays(4), "涉及商业秘密",
                RECEIVED.plusDays(20), "office", NOW);

        assertEquals("request.invalid.thirdPartyRefused", assertThrows(InvalidInputException.class,
                () -> r.reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", TODAY, "office", NOW)).messageKey());
        assertThrows(IllegalStateException.class, () -> r.getConsultations().getFirst().attachOverrideLetter(7L),
                "no override notice before the override");
        r.overrideInPublicInterest("涉及重大公共利益", "决定公开合同金额，理由如下……", TODAY, "office", NOW)
                .attachOverrideLetter(7L);
        assertThrows(IllegalStateException.class, () -> r.attachReplyLetter(8L), "no reply letter before the reply");
        r.reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄纸质件", TODAY, "office", NOW);
        r.attachReplyLetter(8L);
        assertEquals(RequestState.REPLIED, r.getState());
        assertEquals(7L, r.getConsultations().getFirst().getOverrideLetterId());
        assertEquals(8L, r.getReplyLetterId());
    }

    @Test
    void extensionsAddUpToTwentyWorkingDaysAtMostAndNeedADecision() {
        DisclosureRequest r = accepted();
        assertEquals("request.invalid.noPendingExtension", assertThrows(InvalidInputException.class,
                () -> r.decideExtension(true, null, NOW.toLocalDate(), "officehead", NOW)).messageKey());
        assertEquals("request.invalid.extensionCap", assertThrows(InvalidInputException.class,
                () -> r.requestExtension(21, "复杂", NOW.toLocalDate(), "office", NOW)).messageKey());

        r.requestExtension(15, "需调取档案", NOW.toLocalDate(), "office", NOW);
        assertEquals("request.invalid.extensionPending", assertThrows(InvalidInputException.class,
                () -> r.requestExtension(1, "再延", NOW.toLocalDate(), "office", NOW)).messageKey());
        assertEquals(15, r.decideExtension(true, "同意", NOW.toLocalDate(), "officehead", NOW));
        InvalidInputException cap = assertThrows(InvalidInputException.class, () -> r.requestExtension(6, "再延", NOW.toLocalDate(), "office", NOW));
        assertEquals("request.invalid.extensionCap", cap.messageKey());
        assertEquals(List.of(15, 6, 20), List.of(cap.arguments()));

        r.requestExtension(5, "再延", NOW.toLocalDate(), "office", NOW);
        assertEquals(0, r.decideExtension(false, "不同意", NOW.toLocalDate(), "officehead", NOW));
        assertEquals(15, r.getExtensionGrantedDays());
        assertNull(r.getExtensionPendingDays());
    }

    @Test
    void aReplyNeedsAnOutcomeAReasonThatFitsItAndHowToObtainDisclosedInformation() {
        DisclosureRequest r = accepted();
        assertEquals("request.invalid.outcomeRequired", replyRefusal(r, null, null, "答复", null));
        assertEquals("request.invalid.reasonRequired", replyRefusal(r, ReplyOutcome.NOT_DISCLOSED, null, "答复", null));
        assertEquals("request.invalid.reasonNotFitting", replyRefusal(r, ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.STATE_SECRET, "答复", null));
        assertEquals("request.invalid.reasonNotFitting", replyRefusal(r, ReplyOutcome.DISCLOSED, ReplyReason.NOT_HELD, "答复", "邮寄"));
        assertEquals("request.invalid.howToObtainRequired", replyRefusal(r, ReplyOutcome.DISCLOSED, null, "答复", " "));
        assertEquals("request.invalid.replyTextRequired", replyRefusal(r, ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, "", null));
        assertEquals(RequestState.ACCEPTED, r.getState());

        r.reply(ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.PROCESS_INFORMATION, "部分公开", "电子邮件", TODAY, "office", NOW);
        assertRefused(RequestState.REPLIED, () -> r.requestExtension(1, "x", NOW.toLocalDate(), "office", NOW));
        r.recordDelivery(DeliveryMethod.EMAIL, TODAY, "已发送", "office", NOW);
        assertEquals(RequestState.CLOSED, r.getState());
        assertRefused(RequestState.CLOSED, () -> r.markNotARequest("信访", "office", NOW));
    }

    @Test
    void aPetitionIsClosedAsNotARequestWithTheAnnualReportsCategory() {
        DisclosureRequest r = received();
        r.markNotARequest("反映拆迁补偿问题，属信访事项", "office", NOW);
        assertEquals(RequestState.NOT_A_REQUEST, r.getState());
        assertEquals(ReplyOutcome.NOT_PROCESSED, r.getOutcome());
        assertEquals(ReplyReason.PETITION_COMPLAINT, r.getOutcomeReason());
        assertRefused(RequestState.NOT_A_REQUEST, () -> r.accept(RECEIVED, "office", NOW));
    }

    @Test
    void onlyAForwardedRequestIsReportedBackAndOnlyOnceItEnded() {
        DisclosureRequest post = accepted();
        assertEquals("request.invalid.notForwarded", assertThrows(InvalidInputException.class,
                () -> post.reportBack("已答复", TODAY, List.of(), "office", NOW)).messageKey());

        DisclosureRequest forwarded = DisclosureRequest.register("2026-0002", form(Channel.FORWARDED), id(), new byte[32],
                null, null, "office", "office", NOW);
        assertEquals(RECEIVED, forwarded.getReceivedOn(), "a forwarded request is received on the day of the handover");
        assertRefused(RequestState.RECEIVED, () -> forwarded.reportBack("已答复", TODAY, List.of(), "office", NOW));
        forwarded.accept(RECEIVED, "office", NOW);
        forwarded.reply(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, "本机关不掌握", null, TODAY, "office", NOW);
        forwarded.reportBack("已于今日答复", TODAY, List.of(11L, 12L), "office", NOW);
        assertEquals(java.util.Set.of(11L, 12L), forwarded.getReportLetterIds());
        assertEquals("request.invalid.reportedAlready", assertThrows(InvalidInputException.class,
                () -> forwarded.reportBack("再次", TODAY, List.of(), "office", NOW)).messageKey());
    }

    @Test
    void theFormNeedsAContactADescriptionAndAnOrganisationKindForAnOrganisation() {
        RequestForm ok = form(Channel.POST);
        assertEquals(Optional.empty(), ok.firstFlaw(TODAY));
        assertEquals("request.invalid.contactRequired", flaw(new RequestForm(Channel.POST, RECEIVED, ApplicantType.NATURAL_PERSON,
                null, "张三", null, IdentityDocumentType.RESIDENT_ID_CARD, " ", null, "", null, "预算", FormWanted.PAPER,
                DeliveryMethod.PICK_UP, null, null, null, null)));
        assertEquals("request.invalid.descriptionRequired", flaw(new RequestForm(Channel.POST, RECEIVED, ApplicantType.NATURAL_PERSON,
                null, "张三", null, IdentityDocumentType.RESIDENT_ID_CARD, "13800000000", null, null, null, "  ",
                FormWanted.PAPER, DeliveryMethod.PICK_UP, null, null, null, null)));
        assertEquals("request.invalid.organisationKindRequired", flaw(new RequestForm(Channel.POST, RECEIVED,
                ApplicantType.LEGAL_PERSON, null, "甲公司", null, IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE,
                "13800000000", null, null, null, "预算", FormWanted.PAPER, DeliveryMethod.PICK_UP, null, null, null, null)));
        assertEquals("request.invalid.idDocumentTypeMismatch", flaw(new RequestForm(Channel.POST, RECEIVED,
                ApplicantType.NATURAL_PERSON, null, "张三", null, IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE,
                "13800000000", null, null, null, "预算", FormWanted.PAPER, DeliveryMethod.PICK_UP, null, null, null, null)));
        assertEquals("request.invalid.deliveryNeedsEmail", flaw(new RequestForm(Channel.POST, RECEIVED,
                ApplicantType.NATURAL_PERSON, null, "张三", null, IdentityDocumentType.RESIDENT_ID_CARD,
                "13800000000", null, null, null, "预算", FormWanted.ELECTRONIC, DeliveryMethod.EMAIL, null, null, null, null)));
        assertEquals("request.invalid.onlineViaPortal", flaw(form(Channel.ONLINE)));
        assertEquals("request.invalid.handoverRequired", flaw(new RequestForm(Channel.FORWARDED, RECEIVED,
                ApplicantType.NATURAL_PERSON, null, "张三", null, IdentityDocumentType.RESIDENT_ID_CARD, "13800000000",
                null, null, null, "预算", FormWanted.PAPER, DeliveryMethod.PICK_UP, "市政府办公厅", RECEIVED, null, null)));
    }

    @Test
    void aSplitMakesNumberedPartsOnlyBeforeAnythingHappenedToTheWhole() throws Exception {
        DisclosureRequest r = accepted();
        java.lang.reflect.Field id = DisclosureRequest.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(r, 41L);
        assertEquals("request.invalid.splitTwoParts", assertThrows(InvalidInputException.class,
                () -> r.split(List.of("一项"), List.of(new byte[32]), List.of(id()), "office", NOW)).messageKey());

        List<DisclosureRequest> parts = r.split(List.of("2025年预算", "2025年决算"), List.of(new byte[32], new byte[32]),
                List.of(id(), id()), "office", NOW);
        assertEquals(RequestState.SPLIT, r.getState());
        assertEquals(List.of("2026-0001-1", "2026-0001-2"), parts.stream().map(DisclosureRequest::getNumber).toList());
        assertEquals(RequestState.ACCEPTED, parts.get(1).getState());
        assertEquals(RECEIVED, parts.get(1).getClockStartOn(), "each part's clock starts where the whole's did");
        assertEquals(41L, parts.get(0).getParentId());

        DisclosureRequest consulted = accepted();
        id.set(consulted, 42L);
        consulted.consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同", RECEIVED.plusDays(1), "office", NOW);
        consulted.recordAnswer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.CONSENT, RECEIVED.plusDays(2), null,
                RECEIVED.plusDays(20), "office", NOW);
        assertRefused(RequestState.ACCEPTED, () -> consulted.split(List.of("a", "b"), List.of(new byte[32], new byte[32]),
                List.of(id(), id()), "office", NOW));
    }

    // ---- helpers -------------------------------------------------------------------------

    private static String replyRefusal(DisclosureRequest r, ReplyOutcome outcome, ReplyReason reason, String text, String how) {
        return assertThrows(InvalidInputException.class,
                () -> r.reply(outcome, reason, text, how, TODAY, "office", NOW)).messageKey();
    }

    private static String flaw(RequestForm form) {
        return form.firstFlaw(TODAY).map(RequestForm.Flaw::key).orElse(null);
    }

    private static void assertRefused(RequestState state, Runnable step) {
        IllegalRequestStepException refused = assertThrows(IllegalRequestStepException.class, step::run);
        assertEquals("request.illegalStep." + state.name(), refused.messageKey());
    }

    static DisclosureRequest received() {
        return DisclosureRequest.register("2026-0001", form(Channel.POST), id(), new byte[32], null, null, "office",
                "office", NOW);
    }

    static DisclosureRequest accepted() {
        DisclosureRequest r = received();
        r.accept(RECEIVED, "office", NOW);
        return r;
    }

    static ProtectedIdNumber id() {
        return new ProtectedIdNumber(new byte[]{1, 2, 3}, new byte[32], "4101**********123X");
    }

    static RequestForm form(Channel channel) {
        boolean forwarded = channel == Channel.FORWARDED;
        return new RequestForm(channel, RECEIVED, ApplicantType.NATURAL_PERSON, null, "张三", null,
                IdentityDocumentType.RESIDENT_ID_CARD, "0371-12345678", "zhang@example.cn", "郑州市金水区", "450000",
                "2025年部门预算公开文件", FormWanted.PAPER, DeliveryMethod.POST, forwarded ? "市政府办公厅政务公开办" : null,
                forwarded ? RECEIVED : null, forwarded ? "申请表一份" : null, null);
    }
}
