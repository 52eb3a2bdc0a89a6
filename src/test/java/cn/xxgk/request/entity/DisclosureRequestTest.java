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
        assertRefused(RequestState.RECEIVED, () -> r.replying().reply(ReplyOutcome.DISCLOSED, null, "答复", "邮寄", TODAY, "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.correcting().sendNotice(TODAY, TODAY.plusDays(10), "请补正", TODAY, "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "商业秘密", TODAY, "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.extending().request(5, "复杂", NOW.toLocalDate(), "office", NOW));
        assertRefused(RequestState.RECEIVED, () -> r.replying().recordDelivery(DeliveryMethod.POST, TODAY, null, "office", NOW));
        assertEquals(RequestState.RECEIVED, r.getState());
        assertEquals(1, r.getTimeline().size(), "refused steps leave no trace");
    }

    @Test
    void acceptanceStartsTheClockOnlyOnceAndNotBeforeReceipt() {
        DisclosureRequest r = received();
        assertThrows(InvalidInputException.class, () -> r.handling().accept(RECEIVED.minusDays(1), "office", NOW));
        r.handling().accept(RECEIVED, "office", NOW);
        assertEquals(RequestState.ACCEPTED, r.getState());
        assertEquals(RECEIVED, r.getClock().getStartOn());
        assertRefused(RequestState.ACCEPTED, () -> r.handling().accept(RECEIVED, "office", NOW));
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
                () -> r.correcting().sendNotice(LocalDate.of(2026, 3, 10), TODAY.plusDays(5), "请补正", lastDay, "office", NOW));
        assertEquals("request.invalid.correctionTooLate", late.messageKey(), "a day typed within the 7 days does not make a late notice timely");
        LocalDateTime issued = LocalDateTime.of(2026, 3, 11, 9, 0);
        assertEquals("request.invalid.correctionTextRequired", assertThrows(InvalidInputException.class,
                () -> r.correcting().sendNotice(RECEIVED.plusDays(1), TODAY, " ", lastDay, "office", issued)).messageKey());
        assertEquals("request.invalid.correctionDueOn", assertThrows(InvalidInputException.class,
                () -> r.correcting().sendNotice(RECEIVED.plusDays(1), issued.toLocalDate(), "请补正", lastDay, "office", issued))
                .messageKey(), "the period ends after the day the notice is issued");

        r.correcting().sendNotice(RECEIVED.plusDays(1), RECEIVED.plusDays(20), "请写明文件名称", lastDay, "office", issued);
        assertEquals(RequestState.AWAITING_CORRECTION, r.getState());
        assertEquals(RECEIVED.plusDays(1), r.getCorrection().getNoticeOn(), "the day stated");
        TimelineEntry step = r.getTimeline().getLast();
        assertEquals(RECEIVED.plusDays(1), step.getStatedOn());
        assertTrue(step.isRecordedLater(), "the timeline shows both the stated and the recorded day");
        assertRefused(RequestState.AWAITING_CORRECTION, () -> r.replying().reply(ReplyOutcome.DISCLOSED, null, "答复", "邮寄", TODAY, "office", NOW));

        assertEquals("request.invalid.dateTooEarly", assertThrows(InvalidInputException.class,
                () -> r.correcting().receive(RECEIVED, "2025年预算公开文件", new byte[32], "office", NOW)).messageKey());
        r.correcting().receive(RECEIVED.plusDays(5), "2025年预算公开文件", new byte[32], "office", NOW);
        assertEquals(RequestState.ACCEPTED, r.getState());
        assertEquals("2025年预算公开文件", r.getDescription());
        assertEquals(RECEIVED.plusDays(5), r.getCorrection().replyPeriodRestartsOn(), "Art. 30: a new period from the receipt of the correction");
        assertEquals("request.invalid.correctionOnce", assertThrows(InvalidInputException.class,
                () -> r.correcting().sendNotice(RECEIVED.plusDays(6), TODAY.plusDays(5), "再补正", TODAY, "office", NOW)).messageKey());
    }

    @Test
    void abandonmentWaitsUntilTheCorrectionPeriodHasPassed() {
        DisclosureRequest r = accepted();
        r.correcting().sendNotice(RECEIVED.plusDays(1), TODAY, "请补正", LocalDate.of(2026, 3, 11), "office",
                RECEIVED.plusDays(1).atTime(10, 0));
        assertEquals("request.invalid.correctionNotOverdue",
                assertThrows(InvalidInputException.class, () -> r.correcting().abandon("office", NOW)).messageKey());

        r.correcting().abandon("office", NOW.plusDays(1));
        assertEquals(RequestState.ABANDONED, r.getState());
        assertEquals(ReplyOutcome.OTHER, r.getReply().getOutcome());
        assertEquals(ReplyReason.CORRECTION_OVERDUE, r.getReply().getOutcomeReason());
        assertTrue(r.getState().isFinal());
    }

    @Test
    void aConsultationPausesAndSilenceWaitsForTheConsultedPartysPeriod() {
        DisclosureRequest r = accepted();
        r.consulting().consult(ConsultationKind.AGENCY, "郑州市财政局", "共同制作的预算信息", RECEIVED.plusDays(2), "office", NOW);
        assertEquals(RequestState.AGENCY_CONSULTATION, r.getState());
        assertRefused(RequestState.AGENCY_CONSULTATION, () -> r.replying().reply(ReplyOutcome.DISCLOSED, null, "答复", "邮寄", TODAY, "office", NOW));
        assertRefused(RequestState.AGENCY_CONSULTATION, () -> r.consulting().answer(ConsultationKind.THIRD_PARTY,
                ConsultationAnswer.CONSENT, TODAY, null, TODAY, "office", NOW));

        LocalDate theirLastDay = TODAY;
        assertEquals("request.invalid.silenceTooEarly", assertThrows(InvalidInputException.class,
                () -> r.consulting().answer(ConsultationKind.AGENCY, ConsultationAnswer.SILENCE, null, null, theirLastDay, "office", NOW))
                .messageKey());
        LocalDate resumed = r.consulting().answer(ConsultationKind.AGENCY, ConsultationAnswer.SILENCE, null, null,
                theirLastDay.minusDays(1), "office", NOW);
        assertEquals(theirLastDay.minusDays(1), resumed, "silence ends the pause on the consulted party's last day");
        assertEquals(RequestState.ACCEPTED, r.getState());
    }

    @Test
    void aThirdPartysRefusalBlocksFullDisclosureUntilAPublicInterestOverride() {
        DisclosureRequest r = accepted();
        assertEquals("request.invalid.noThirdPartyRefusal", assertThrows(InvalidInputException.class,
                () -> r.consulting().overrideInPublicInterest("公共安全", "告知书", TODAY, "office", NOW)).messageKey());
        r.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同金额", RECEIVED.plusDays(1), "office", NOW);
        r.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.REFUSAL, RECEIVED.plusDays(4), "涉及商业秘密",
                RECEIVED.plusDays(20), "office", NOW);

        assertEquals("request.invalid.thirdPartyRefused", assertThrows(InvalidInputException.class,
                () -> r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄", TODAY, "office", NOW)).messageKey());
        assertThrows(IllegalStateException.class, () -> r.getConsultations().getFirst().attachOverrideLetter(7L),
                "no override notice before the override");
        r.consulting().overrideInPublicInterest("涉及重大公共利益", "决定公开合同金额，理由如下……", TODAY, "office", NOW)
                .attachOverrideLetter(7L);
        assertThrows(IllegalStateException.class, () -> r.replying().attachLetter(8L), "no reply letter before the reply");
        r.replying().reply(ReplyOutcome.DISCLOSED, null, "予以公开", "邮寄纸质件", TODAY, "office", NOW);
        r.replying().attachLetter(8L);
        assertEquals(RequestState.REPLIED, r.getState());
        assertEquals(7L, r.getConsultations().getFirst().getOverrideLetterId());
        assertEquals(8L, r.getReply().getReplyLetterId());
    }

    @Test
    void extensionsAddUpToTwentyWorkingDaysAtMostAndNeedADecision() {
        DisclosureRequest r = accepted();
        assertEquals("request.invalid.noPendingExtension", assertThrows(InvalidInputException.class,
                () -> r.extending().decide(true, null, NOW.toLocalDate(), "officehead", NOW)).messageKey());
        assertEquals("request.invalid.extensionCap", assertThrows(InvalidInputException.class,
                () -> r.extending().request(21, "复杂", NOW.toLocalDate(), "office", NOW)).messageKey());

        r.extending().request(15, "需调取档案", NOW.toLocalDate(), "office", NOW);
        assertEquals("request.invalid.extensionPending", assertThrows(InvalidInputException.class,
                () -> r.extending().request(1, "再延", NOW.toLocalDate(), "office", NOW)).messageKey());
        assertEquals(15, r.extending().decide(true, "同意", NOW.toLocalDate(), "officehead", NOW));
        InvalidInputException cap = assertThrows(InvalidInputException.class, () -> r.extending().request(6, "再延", NOW.toLocalDate(), "office", NOW));
        assertEquals("request.invalid.extensionCap", cap.messageKey());
        assertEquals(List.of(15, 6, 20), List.of(cap.arguments()));

        r.extending().request(5, "再延", NOW.toLocalDate(), "office", NOW);
        assertEquals(0, r.extending().decide(false, "不同意", NOW.toLocalDate(), "officehead", NOW));
        assertEquals(15, r.getExtension().getGrantedDays());
        assertNull(r.getExtension().getPendingDays());
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

        r.replying().reply(ReplyOutcome.PARTIALLY_DISCLOSED, ReplyReason.PROCESS_INFORMATION, "部分公开", "电子邮件", TODAY, "office", NOW);
        assertRefused(RequestState.REPLIED, () -> r.extending().request(1, "x", NOW.toLocalDate(), "office", NOW));
        r.replying().recordDelivery(DeliveryMethod.EMAIL, TODAY, "已发送", "office", NOW);
        assertEquals(RequestState.CLOSED, r.getState());
        assertRefused(RequestState.CLOSED, () -> r.handling().markNotARequest("信访", "office", NOW));
    }

    @Test
    void aPetitionIsClosedAsNotARequestWithTheAnnualReportsCategory() {
        DisclosureRequest r = received();
        r.handling().markNotARequest("反映拆迁补偿问题，属信访事项", "office", NOW);
        assertEquals(RequestState.NOT_A_REQUEST, r.getState());
        assertEquals(ReplyOutcome.NOT_PROCESSED, r.getReply().getOutcome());
        assertEquals(ReplyReason.PETITION_COMPLAINT, r.getReply().getOutcomeReason());
        assertRefused(RequestState.NOT_A_REQUEST, () -> r.handling().accept(RECEIVED, "office", NOW));
    }

    @Test
    void onlyAForwardedRequestIsReportedBackAndOnlyOnceItEnded() {
        DisclosureRequest post = accepted();
        assertEquals("request.invalid.notForwarded", assertThrows(InvalidInputException.class,
                () -> post.handling().reportBack("已答复", TODAY, List.of(), "office", NOW)).messageKey());

        DisclosureRequest forwarded = DisclosureRequest.register("2026-0002", form(Channel.FORWARDED), id(), contact(), new byte[32],
                null, null, "office", "office", NOW);
        assertEquals(RECEIVED, forwarded.getReceivedOn(), "a forwarded request is received on the day of the handover");
        assertRefused(RequestState.RECEIVED, () -> forwarded.handling().reportBack("已答复", TODAY, List.of(), "office", NOW));
        forwarded.handling().accept(RECEIVED, "office", NOW);
        forwarded.replying().reply(ReplyOutcome.UNABLE_TO_PROVIDE, ReplyReason.NOT_HELD, "本机关不掌握", null, TODAY, "office", NOW);
        forwarded.handling().reportBack("已于今日答复", TODAY, List.of(11L, 12L), "office", NOW);
        assertEquals(java.util.Set.of(11L, 12L), forwarded.getReportLetterIds());
        assertEquals("request.invalid.reportedAlready", assertThrows(InvalidInputException.class,
                () -> forwarded.handling().reportBack("再次", TODAY, List.of(), "office", NOW)).messageKey());
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
                () -> r.handling().split(List.of("一项"), List.of(new byte[32]), List.of(id()), "office", NOW)).messageKey());

        List<DisclosureRequest> parts = r.handling().split(List.of("2025年预算", "2025年决算"), List.of(new byte[32], new byte[32]),
                List.of(id(), id()), "office", NOW);
        assertEquals(RequestState.SPLIT, r.getState());
        assertEquals(List.of("2026-0001-1", "2026-0001-2"), parts.stream().map(DisclosureRequest::getNumber).toList());
        assertEquals(RequestState.ACCEPTED, parts.get(1).getState());
        assertEquals(RECEIVED, parts.get(1).getClock().getStartOn(), "each part's clock starts where the whole's did");
        assertEquals(41L, parts.get(0).getParentId());
        assertTrue(java.util.Arrays.equals(contact().phone(), parts.get(1).getApplicant().getSealedContact().phone())
                && java.util.Arrays.equals(contact().postalAddress(), parts.get(1).getApplicant().getSealedContact().postalAddress())
                && parts.get(1).getApplicant().getSealedContact().email() == null, "each part keeps the encrypted contact data");

        DisclosureRequest consulted = accepted();
        id.set(consulted, 42L);
        consulted.consulting().consult(ConsultationKind.THIRD_PARTY, "甲公司", "合同", RECEIVED.plusDays(1), "office", NOW);
        consulted.consulting().answer(ConsultationKind.THIRD_PARTY, ConsultationAnswer.CONSENT, RECEIVED.plusDays(2), null,
                RECEIVED.plusDays(20), "office", NOW);
        assertRefused(RequestState.ACCEPTED, () -> consulted.handling().split(List.of("a", "b"), List.of(new byte[32], new byte[32]),
                List.of(id(), id()), "office", NOW));
    }

    @Test
    void theApplicantKeepsItsOwnCopyOfTheEncryptedContactData() {
        byte[] phone = {1, 7};
        SealedContact given = new SealedContact(null, phone, null, null, null);
        DisclosureRequest r = DisclosureRequest.register("2026-0003", form(Channel.POST), id(), given, new byte[32], null, null,
                "office", "office", NOW);
        phone[1] = 0;
        given.phone()[1] = 0;
        r.getApplicant().getSealedContact().phone()[1] = 0;
        assertEquals(7, r.getApplicant().getSealedContact().phone()[1], "neither the caller nor a reader changes the stored bytes");
        assertNull(r.getApplicant().getSealedContact().contactPerson());
    }

    // ---- helpers -------------------------------------------------------------------------

    private static String replyRefusal(DisclosureRequest r, ReplyOutcome outcome, ReplyReason reason, String text, String how) {
        return assertThrows(InvalidInputException.class,
                () -> r.replying().reply(outcome, reason, text, how, TODAY, "office", NOW)).messageKey();
    }

    private static String flaw(RequestForm form) {
        return form.firstFlaw(TODAY).map(RequestForm.Flaw::key).orElse(null);
    }

    private static void assertRefused(RequestState state, Runnable step) {
        IllegalRequestStepException refused = assertThrows(IllegalRequestStepException.class, step::run);
        assertEquals("request.illegalStep." + state.name(), refused.messageKey());
    }

    static DisclosureRequest received() {
        return DisclosureRequest.register("2026-0001", form(Channel.POST), id(), contact(), new byte[32], null, null, "office",
                "office", NOW);
    }

    static DisclosureRequest accepted() {
        DisclosureRequest r = received();
        r.handling().accept(RECEIVED, "office", NOW);
        return r;
    }

    static ProtectedIdNumber id() {
        return new ProtectedIdNumber(new byte[]{1, 2, 3}, new byte[32], "4101**********123X");
    }

    /** Stand-ins for the encrypted contact data (the entity never sees it in plain): a phone and an address. */
    static SealedContact contact() {
        return new SealedContact(null, new byte[]{1, 7}, null, new byte[]{1, 9}, null);
    }

    static RequestForm form(Channel channel) {
        boolean forwarded = channel == Channel.FORWARDED;
        return new RequestForm(channel, RECEIVED, ApplicantType.NATURAL_PERSON, null, "张三", null,
                IdentityDocumentType.RESIDENT_ID_CARD, "0371-12345678", "zhang@example.cn", "郑州市金水区", "450000",
                "2025年部门预算公开文件", FormWanted.PAPER, DeliveryMethod.POST, forwarded ? "市政府办公厅政务公开办" : null,
                forwarded ? RECEIVED : null, forwarded ? "申请表一份" : null, null);
    }
}
