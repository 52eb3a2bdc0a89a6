package cn.xxgk.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain as a state machine: every legal step, and the refusals that leave the item as it was. */
class GovInfoTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);
    static final IndexNumber INDEX = new IndexNumber("MB1532375", 2026, 7);
    static final List<ChannelRecord> WEBSITE =
            List.of(new ChannelRecord("BUREAU_WEBSITE", NOW.toLocalDate(), "https://example.org/1"));

    static DraftContent content(DisclosureAttribute attribute, boolean otherAgency) {
        return new DraftContent("大数据产业发展情况", "<p>正文</p>", "正文", "通知", "郑大数据〔2026〕5号",
                LocalDate.of(2026, 11, 20), SubjectCategory.INDUSTRY_TRANSPORT, null, KeyContentCategory.BIG_DATA_INDUSTRY,
                true, attribute, attribute == DisclosureAttribute.EXEMPT ? ExemptionGround.ART16_PROCESS_INFORMATION : null,
                attribute == DisclosureAttribute.EXEMPT ? "过程性信息" : null, otherAgency, otherAgency ? "市财政局" : null);
    }

    static GovInfo draft() {
        return GovInfo.draft(3L, content(DisclosureAttribute.PROACTIVE, false), "deptstaff", NOW);
    }

    static GovInfo signedOff() {
        GovInfo info = draft();
        info.confirm("depthead", null, NOW);
        info.review(null, null, null, null, "office", null, NOW);
        info.passSecrecy(null, "secrecy", null, NOW);
        info.signOff(null, null, null, null, "director", null, NOW);
        return info;
    }

    @Test
    void theWholeChainEndsPublishedWithAStepForEachCommand() {
        GovInfo info = signedOff();
        info.catalogue(INDEX, "office", NOW);
        info.publish(NOW.toLocalDate(), WEBSITE, "office", NOW);

        assertEquals(GovInfoState.PUBLISHED, info.getState());
        assertEquals("MB1532375/2026-00007", info.getIndexNumber());
        assertEquals(NOW.toLocalDate(), info.getPublishedDate());
        assertEquals("director", info.getSignedOffBy());
        assertEquals(List.of(ChainStep.CREATED, ChainStep.CONFIRMED, ChainStep.REVIEWED, ChainStep.SECRECY_PASSED,
                ChainStep.SIGNED_OFF, ChainStep.CATALOGUED, ChainStep.PUBLISHED),
                info.getSteps().stream().map(GovInfoStep::getStep).toList());
        assertEquals(GovInfoState.PUBLISHED, info.getSteps().getLast().getToState());
    }

    @Test
    void publishingADraftIsRefusedAndChangesNothing() {
        GovInfo info = draft();

        IllegalStepException refused = assertThrows(IllegalStepException.class,
                () -> info.publish(NOW.toLocalDate(), WEBSITE, "office", NOW));

        assertEquals(GovInfoState.DRAFT, refused.state());
        assertEquals("catalogue.illegalStep.DRAFT", refused.messageKey());
        assertEquals(GovInfoState.DRAFT, info.getState());
        assertNull(info.getPublishedDate());
        assertEquals(1, info.getSteps().size());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        GovInfo info = draft();
        assertThrows(IllegalStepException.class, () -> info.review(null, null, null, null, "office", null, NOW));
        assertThrows(IllegalStepException.class, () -> info.passSecrecy(null, "secrecy", null, NOW));
        assertThrows(IllegalStepException.class, () -> info.signOff(null, null, null, null, "leader", null, NOW));
        assertThrows(IllegalStepException.class, () -> info.catalogue(INDEX, "office", NOW));
        info.confirm("depthead", null, NOW);
        assertThrows(IllegalStepException.class, () -> info.confirm("depthead", null, NOW));
        assertThrows(IllegalStepException.class, () -> info.edit(content(DisclosureAttribute.PROACTIVE, false), "deptstaff", NOW));
        assertEquals(GovInfoState.CONFIRMED, info.getState());
    }

    @Test
    void aReturnGoesBackToDraftWithItsComment() {
        GovInfo info = draft();
        info.confirm("depthead", null, NOW);

        assertThrows(InvalidInputException.class, () -> info.returnToDraft("office", " ", NOW), "a comment is needed");
        info.returnToDraft("office", "请补充数据来源。", NOW);

        assertEquals(GovInfoState.DRAFT, info.getState());
        assertEquals("请补充数据来源。", info.getLastComment());
        assertEquals(ChainStep.RETURNED, info.getSteps().getLast().getStep());
        assertEquals(GovInfoState.CONFIRMED, info.getSteps().getLast().getFromState());
    }

    @Test
    void theLeaderMayReturnInsteadOfSigningOff() {
        GovInfo info = signedOff();
        assertThrows(IllegalStepException.class, () -> info.returnToDraft("leader", "不同意", NOW),
                "once signed off, no return");

        GovInfo waiting = draft();
        waiting.confirm("depthead", null, NOW);
        waiting.review(null, null, null, null, "office", null, NOW);
        waiting.passSecrecy(null, "secrecy", null, NOW);
        waiting.returnToDraft("leader", "表述需修改。", NOW);
        assertEquals(GovInfoState.DRAFT, waiting.getState());
    }

    @Test
    void changingTheAttributeNeedsAReasonAndExemptNeedsAGround() {
        GovInfo info = draft();
        info.confirm("depthead", null, NOW);

        assertThrows(InvalidInputException.class,
                () -> info.review(DisclosureAttribute.ON_REQUEST, null, null, null, "office", null, NOW));
        assertThrows(InvalidInputException.class,
                () -> info.review(DisclosureAttribute.EXEMPT, "涉及内部事务", null, null, "office", null, NOW));
        assertEquals(GovInfoState.CONFIRMED, info.getState());
        assertEquals(DisclosureAttribute.PROACTIVE, info.getAttribute());

        info.review(DisclosureAttribute.EXEMPT, "涉及内部事务", ExemptionGround.ART16_INTERNAL_AFFAIRS, "内部人事管理信息",
                "officehead", null, NOW);
        assertEquals(DisclosureAttribute.EXEMPT, info.getAttribute());
        assertEquals("officehead", info.getExemptionApprovedBy());
        assertEquals(GovInfoState.REVIEWED, info.getState());
    }

    @Test
    void theSignOffFixesTheFinalAttributeAndOnlyProactivePublishes() {
        GovInfo info = draft();
        info.confirm("depthead", null, NOW);
        info.review(null, null, null, null, "office", null, NOW);
        info.passSecrecy(null, "secrecy", null, NOW);
        info.signOff(DisclosureAttribute.ON_REQUEST, "仅涉及特定对象", null, null, "director", null, NOW);
        info.catalogue(INDEX, "office", NOW);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> info.publish(NOW.toLocalDate(), WEBSITE, "office", NOW));
        assertEquals("catalogue.invalid.notProactive", refused.messageKey());
        assertEquals(GovInfoState.CATALOGUED, info.getState());
    }

    @Test
    void consultationAnswerBringsTheItemBackToTheReview() {
        GovInfo info = draft();
        info.confirm("depthead", null, NOW);
        info.consult("属性能否确定为主动公开？", "office", NOW);
        assertEquals(GovInfoState.CONSULTATION, info.getState());
        assertThrows(IllegalStepException.class, () -> info.review(null, null, null, null, "office", null, NOW));

        info.recordConsultationAnswer("可以主动公开。", "office", NOW);
        assertEquals(GovInfoState.CONFIRMED, info.getState());
        assertEquals("可以主动公开。", info.getConsultationAnswer());
    }

    @Test
    void aDoubtfulSecrecyCaseNeedsTheAnswerAndAClassifiedItemNeverMovesOn() {
        GovInfo info = draft();
        info.confirm("depthead", null, NOW);
        info.review(null, null, null, null, "office", null, NOW);
        info.doubtSecrecy("是否涉及工作秘密？", "secrecy", NOW);
        assertEquals(GovInfoState.SECRECY_DOUBTFUL, info.getState());
        assertThrows(InvalidInputException.class, () -> info.passSecrecy(null, "secrecy", null, NOW), "answer needed");
        assertThrows(InvalidInputException.class, () -> info.classify(null, "涉密", "secrecy", null, NOW), "level needed");

        info.classify(ClassificationLevel.SECRET, "经保密局确定为机密级", "secrecy", null, NOW);

        assertEquals(GovInfoState.CLASSIFIED, info.getState());
        assertEquals(ClassificationLevel.SECRET, info.getClassificationLevel());
        assertThrows(IllegalStepException.class, () -> info.signOff(null, null, null, null, "director", null, NOW));
        assertThrows(IllegalStepException.class, () -> info.returnToDraft("office", "重新起草", NOW));
    }

    @Test
    void anotherAgencyMustConfirmBeforePublication() {
        GovInfo info = GovInfo.draft(3L, content(DisclosureAttribute.PROACTIVE, true), "deptstaff", NOW);
        info.confirm("depthead", null, NOW);
        info.review(null, null, null, null, "office", null, NOW);
        info.passSecrecy(null, "secrecy", null, NOW);
        info.signOff(null, null, null, null, "director", null, NOW);
        info.catalogue(INDEX, "office", NOW);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> info.publish(NOW.toLocalDate(), WEBSITE, "office", NOW));
        assertEquals("catalogue.invalid.agencyConfirmationMissing", refused.messageKey());

        info.recordAgencyConfirmation("市财政局办公室", "同意公开。", "office", NOW);
        info.publish(NOW.toLocalDate(), WEBSITE, "office", NOW);
        assertEquals(GovInfoState.PUBLISHED, info.getState());
    }

    @Test
    void publicationNeedsAChannelAndAPlausibleDate() {
        GovInfo info = signedOff();
        info.catalogue(INDEX, "office", NOW);

        assertThrows(InvalidInputException.class, () -> info.publish(NOW.toLocalDate(), List.of(), "office", NOW));
        assertThrows(InvalidInputException.class,
                () -> info.publish(LocalDate.of(2026, 11, 1), WEBSITE, "office", NOW), "before the written date");
        assertThrows(InvalidInputException.class,
                () -> info.publish(NOW.toLocalDate().plusDays(1), WEBSITE, "office", NOW), "in the future");
        assertEquals(GovInfoState.CATALOGUED, info.getState());
    }

    @Test
    void aChangeAfterPublicationIsANewVersionLinkedToThePublishedOne() {
        GovInfo info = signedOff();
        info.catalogue(INDEX, "office", NOW);
        info.publish(NOW.toLocalDate(), WEBSITE, "office", NOW);
        assertThrows(IllegalStepException.class, () -> draft().revise("office", NOW), "only a published item");

        GovInfo next = info.revise("office", NOW);

        assertEquals(GovInfoState.DRAFT, next.getState());
        assertEquals(2, next.getInfoVersion());
        assertEquals(info.getTitle(), next.getTitle());
        assertNull(next.getIndexNumber());
        assertEquals(GovInfoState.PUBLISHED, info.getState(), "the published version stays as it was");
        assertNotNull(next.getSteps());
        assertTrue(next.getSteps().stream().anyMatch(s -> s.getStep() == ChainStep.REVISED));
    }
}
