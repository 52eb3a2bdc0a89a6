package cn.xxgk.catalogue.entity;

import static cn.xxgk.catalogue.entity.People.DEPTHEAD;
import static cn.xxgk.catalogue.entity.People.DEPTSTAFF;
import static cn.xxgk.catalogue.entity.People.DIRECTOR;
import static cn.xxgk.catalogue.entity.People.LEADER;
import static cn.xxgk.catalogue.entity.People.OFFICE;
import static cn.xxgk.catalogue.entity.People.OFFICEHEAD;
import static cn.xxgk.catalogue.entity.People.SECRECY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
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
        return GovInfo.draft(3L, content(DisclosureAttribute.PROACTIVE, false), DEPTSTAFF, NOW);
    }

    static GovInfo signedOff() {
        GovInfo info = draft();
        info.confirm(DEPTHEAD, null, NOW);
        info.review(null, null, null, null, OFFICE, null, NOW);
        info.passSecrecy(null, SECRECY, null, NOW);
        info.signOff(null, null, null, null, DIRECTOR, Set.of(), null, NOW);
        return info;
    }

    @Test
    void theWholeChainEndsPublishedWithAStepForEachCommand() {
        GovInfo info = signedOff();
        info.catalogue(INDEX, OFFICE, NOW);
        info.publish(WEBSITE, OFFICE, NOW);

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
                () -> info.publish(WEBSITE, OFFICE, NOW));

        assertEquals(GovInfoState.DRAFT, refused.state());
        assertEquals("catalogue.illegalStep.DRAFT", refused.messageKey());
        assertEquals(GovInfoState.DRAFT, info.getState());
        assertNull(info.getPublishedDate());
        assertEquals(1, info.getSteps().size());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        GovInfo info = draft();
        assertThrows(IllegalStepException.class, () -> info.review(null, null, null, null, OFFICE, null, NOW));
        assertThrows(IllegalStepException.class, () -> info.passSecrecy(null, SECRECY, null, NOW));
        assertThrows(IllegalStepException.class, () -> info.signOff(null, null, null, null, LEADER, Set.of(), null, NOW));
        assertThrows(IllegalStepException.class, () -> info.catalogue(INDEX, OFFICE, NOW));
        info.confirm(DEPTHEAD, null, NOW);
        assertThrows(IllegalStepException.class, () -> info.confirm(DEPTHEAD, null, NOW));
        assertThrows(IllegalStepException.class, () -> info.edit(content(DisclosureAttribute.PROACTIVE, false), DEPTSTAFF, NOW));
        assertEquals(GovInfoState.CONFIRMED, info.getState());
    }

    @Test
    void aReturnGoesBackToDraftWithItsComment() {
        GovInfo info = draft();
        info.confirm(DEPTHEAD, null, NOW);

        assertThrows(InvalidInputException.class, () -> info.returnToDraft(OFFICE, " ", NOW), "a comment is needed");
        info.returnToDraft(OFFICE, "请补充数据来源。", NOW);

        assertEquals(GovInfoState.DRAFT, info.getState());
        assertEquals("请补充数据来源。", info.getLastComment());
        assertEquals(ChainStep.RETURNED, info.getSteps().getLast().getStep());
        assertEquals(GovInfoState.CONFIRMED, info.getSteps().getLast().getFromState());
    }

    @Test
    void theLeaderMayReturnInsteadOfSigningOff() {
        GovInfo info = signedOff();
        assertThrows(IllegalStepException.class, () -> info.returnToDraft(LEADER, "不同意", NOW),
                "once signed off, no return");

        GovInfo waiting = draft();
        waiting.confirm(DEPTHEAD, null, NOW);
        waiting.review(null, null, null, null, OFFICE, null, NOW);
        waiting.passSecrecy(null, SECRECY, null, NOW);
        waiting.returnToDraft(LEADER, "表述需修改。", NOW);
        assertEquals(GovInfoState.DRAFT, waiting.getState());
    }

    @Test
    void changingTheAttributeNeedsAReasonAndExemptNeedsAGround() {
        GovInfo info = draft();
        info.confirm(DEPTHEAD, null, NOW);

        assertThrows(InvalidInputException.class,
                () -> info.review(DisclosureAttribute.ON_REQUEST, null, null, null, OFFICE, null, NOW));
        assertThrows(InvalidInputException.class,
                () -> info.review(DisclosureAttribute.EXEMPT, "涉及内部事务", null, null, OFFICE, null, NOW));
        assertEquals(GovInfoState.CONFIRMED, info.getState());
        assertEquals(DisclosureAttribute.PROACTIVE, info.getAttribute());

        info.review(DisclosureAttribute.EXEMPT, "涉及内部事务", ExemptionGround.ART16_INTERNAL_AFFAIRS, "内部人事管理信息",
                OFFICEHEAD, null, NOW);
        assertEquals(DisclosureAttribute.EXEMPT, info.getAttribute());
        assertEquals("officehead", info.getReview().getExemptionApprovedBy());
        assertEquals(GovInfoState.REVIEWED, info.getState());
    }

    @Test
    void theSignOffFixesTheFinalAttributeAndOnlyProactivePublishes() {
        GovInfo info = draft();
        info.confirm(DEPTHEAD, null, NOW);
        info.review(null, null, null, null, OFFICE, null, NOW);
        info.passSecrecy(null, SECRECY, null, NOW);
        info.signOff(DisclosureAttribute.ON_REQUEST, "仅涉及特定对象", null, null, DIRECTOR, Set.of(), null, NOW);
        info.catalogue(INDEX, OFFICE, NOW);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> info.publish(WEBSITE, OFFICE, NOW));
        assertEquals("catalogue.invalid.notProactive", refused.messageKey());
        assertEquals(GovInfoState.CATALOGUED, info.getState());
    }

    @Test
    void consultationAnswerBringsTheItemBackToTheReview() {
        GovInfo info = draft();
        info.confirm(DEPTHEAD, null, NOW);
        info.consult("属性能否确定为主动公开？", OFFICE, NOW);
        assertEquals(GovInfoState.CONSULTATION, info.getState());
        assertThrows(IllegalStepException.class, () -> info.review(null, null, null, null, OFFICE, null, NOW));

        info.recordConsultationAnswer("可以主动公开。", OFFICE, NOW);
        assertEquals(GovInfoState.CONFIRMED, info.getState());
        assertEquals("可以主动公开。", info.getReview().getConsultationAnswer());
    }

    @Test
    void aDoubtfulSecrecyCaseNeedsTheAnswerAndAClassifiedItemNeverMovesOn() {
        GovInfo info = draft();
        info.confirm(DEPTHEAD, null, NOW);
        info.review(null, null, null, null, OFFICE, null, NOW);
        info.doubtSecrecy("是否涉及工作秘密？", SECRECY, NOW);
        assertEquals(GovInfoState.SECRECY_DOUBTFUL, info.getState());
        assertThrows(InvalidInputException.class, () -> info.passSecrecy(null, SECRECY, null, NOW), "answer needed");
        assertThrows(InvalidInputException.class, () -> info.classify(null, "涉密", SECRECY, null, NOW), "level needed");

        info.classify(ClassificationLevel.SECRET, "经保密局确定为机密级", SECRECY, null, NOW);

        assertEquals(GovInfoState.CLASSIFIED, info.getState());
        assertEquals(ClassificationLevel.SECRET, info.getClassificationLevel());
        assertThrows(IllegalStepException.class, () -> info.signOff(null, null, null, null, DIRECTOR, Set.of(), null, NOW));
        assertThrows(IllegalStepException.class, () -> info.returnToDraft(OFFICE, "重新起草", NOW));
    }

    @Test
    void anotherAgencyMustConfirmBeforePublication() {
        GovInfo info = GovInfo.draft(3L, content(DisclosureAttribute.PROACTIVE, true), DEPTSTAFF, NOW);
        info.confirm(DEPTHEAD, null, NOW);
        info.review(null, null, null, null, OFFICE, null, NOW);
        info.passSecrecy(null, SECRECY, null, NOW);
        info.signOff(null, null, null, null, DIRECTOR, Set.of(), null, NOW);
        info.catalogue(INDEX, OFFICE, NOW);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> info.publish(WEBSITE, OFFICE, NOW));
        assertEquals("catalogue.invalid.agencyConfirmationMissing", refused.messageKey());

        info.recordAgencyConfirmation("市财政局办公室", "同意公开。", null, OFFICE, NOW);
        info.publish(WEBSITE, OFFICE, NOW);
        assertEquals(GovInfoState.PUBLISHED, info.getState());
    }

    /** Issue #12, 8: a channel's day is not after today and not before the previous step (the cataloguing). */
    @Test
    void publicationNeedsAChannelOnAPlausibleDay() {
        GovInfo info = signedOff();
        info.catalogue(INDEX, OFFICE, NOW);

        assertThrows(InvalidInputException.class, () -> info.publish(List.of(), OFFICE, NOW));
        assertThrows(InvalidInputException.class, () -> info.publish(
                List.of(new ChannelRecord("BUREAU_WEBSITE", NOW.toLocalDate().minusDays(1), null)), OFFICE, NOW),
                "before the cataloguing");
        assertThrows(InvalidInputException.class, () -> info.publish(
                List.of(new ChannelRecord("BUREAU_WEBSITE", NOW.toLocalDate().plusDays(1), null)), OFFICE, NOW),
                "in the future");
        assertEquals(GovInfoState.CATALOGUED, info.getState());
    }

    @Test
    void aChangeAfterPublicationIsANewVersionLinkedToThePublishedOne() {
        GovInfo info = signedOff();
        info.catalogue(INDEX, OFFICE, NOW);
        info.publish(WEBSITE, OFFICE, NOW);
        assertThrows(IllegalStepException.class, () -> draft().revise(OFFICE, NOW), "only a published item");

        GovInfo next = info.revise(OFFICE, NOW);

        assertEquals(GovInfoState.DRAFT, next.getState());
        assertEquals(2, next.getInfoVersion());
        assertEquals(info.getTitle(), next.getTitle());
        assertNull(next.getIndexNumber());
        assertEquals(GovInfoState.PUBLISHED, info.getState(), "the published version stays as it was");
        assertNotNull(next.getSteps());
        assertTrue(next.getSteps().stream().anyMatch(s -> s.getStep() == ChainStep.REVISED));
    }
}
