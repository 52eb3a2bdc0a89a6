package cn.xxgk.catalogue.entity;

import static cn.xxgk.catalogue.entity.People.DEPTHEAD;
import static cn.xxgk.catalogue.entity.People.DEPTSTAFF;
import static cn.xxgk.catalogue.entity.People.DIRECTOR;
import static cn.xxgk.catalogue.entity.People.LEADER;
import static cn.xxgk.catalogue.entity.People.OFFICE;
import static cn.xxgk.catalogue.entity.People.OFFICEHEAD;
import static cn.xxgk.catalogue.entity.People.OTHER_DEPTHEAD;
import static cn.xxgk.catalogue.entity.People.SECRECY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of issue #12 on the item, each in the words of the bureau's rules or the Regulations. */
class ItemRulesTest {

    static final LocalDateTime NOW = GovInfoTest.NOW;
    static final Set<SignOffDelegation> DELEGATED = EnumSet.of(SignOffDelegation.OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE);

    static GovInfo secrecyPassed(boolean officialDocument, DisclosureAttribute attribute, Caller reviewer) {
        DraftContent c = GovInfoTest.content(attribute, false);
        DraftContent sheet = new DraftContent(c.title(), c.bodyHtml(), c.bodyText(), c.documentType(), c.documentNumber(),
                c.writtenDate(), c.subjectCategory(), null, c.keyContentCategory(), officialDocument, attribute,
                c.exemptionGround(), c.exemptionReason(), false, null);
        GovInfo info = GovInfo.draft(People.DEPARTMENT, sheet, DEPTSTAFF, NOW);
        info.confirm(DEPTHEAD, null, NOW);
        info.review(null, null, null, null, reviewer, null, NOW);
        info.passSecrecy(null, SECRECY, null, NOW);
        return info;
    }

    /** Seed 三(四): "局主要领导在签发公文时，最终确定公文的属性". */
    @Test
    void anOfficialDocumentIsSignedByThePrincipalLeader_seed三四() {
        GovInfo info = secrecyPassed(true, DisclosureAttribute.PROACTIVE, OFFICE);

        assertThrows(AccessRefusedException.class,
                () -> info.signOff(null, null, null, null, LEADER, Set.of(), null, NOW));
        assertFalse(info.possibleSteps(LEADER, Set.of()).contains(ChainStep.SIGNED_OFF));
        assertEquals(GovInfoState.SECRECY_PASSED, info.getState());

        info.signOff(null, null, null, null, DIRECTOR, Set.of(), null, NOW);
        assertEquals("director", info.getSignedOffBy());
        assertNull(info.getSignOff().getDelegation());
    }

    /** Seed 一(三)1 and 三(一): the leader in charge heads review and secrecy review; other information is theirs. */
    @Test
    void otherInformationIsSignedByTheLeaderInCharge_seed一三1() {
        GovInfo info = secrecyPassed(false, DisclosureAttribute.PROACTIVE, OFFICE);

        assertTrue(info.possibleSteps(LEADER, Set.of()).contains(ChainStep.SIGNED_OFF));
        info.signOff(null, null, null, null, LEADER, Set.of(), null, NOW);
        assertEquals(GovInfoState.SIGNED_OFF, info.getState());
        assertNull(info.getSignOff().getDelegation());
    }

    @Test
    void underTheAgencysDelegationTheLeaderInChargeSignsADocumentAndTheItemSaysSo() {
        GovInfo byLeader = secrecyPassed(true, DisclosureAttribute.PROACTIVE, OFFICE);
        GovInfo byDirector = secrecyPassed(true, DisclosureAttribute.PROACTIVE, OFFICE);

        byLeader.signOff(null, null, null, null, LEADER, DELEGATED, "同意。", NOW);
        byDirector.signOff(null, null, null, null, DIRECTOR, DELEGATED, null, NOW);

        assertEquals(SignOffDelegation.OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE, byLeader.getSignOff().getDelegation());
        assertTrue(byLeader.getSteps().getLast().getComment().contains("OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE"));
        assertNull(byDirector.getSignOff().getDelegation(), "the director signs by the rule itself");
    }

    /** Seed 一(三)3 and 三(三): "对免于公开的理由予以审定" is the office head's; office staff prepare. */
    @Test
    void onlyTheOfficeHeadApprovesAnExemption_seed三三() {
        GovInfo info = GovInfo.draft(People.DEPARTMENT, GovInfoTest.content(DisclosureAttribute.EXEMPT, false), DEPTSTAFF,
                NOW);
        info.confirm(DEPTHEAD, null, NOW);

        assertThrows(AccessRefusedException.class, () -> info.review(null, null, null, null, OFFICE, null, NOW));
        assertEquals(GovInfoState.CONFIRMED, info.getState());
        assertNull(info.getReview().getExemptionApprovedBy());

        info.review(null, null, null, null, OFFICEHEAD, null, NOW);
        assertEquals("officehead", info.getReview().getExemptionApprovedBy());
    }

    @Test
    void officeStaffMayNotTurnAnItemExemptThemselves_seed三三() {
        GovInfo info = GovInfoTest.draft();
        info.confirm(DEPTHEAD, null, NOW);

        assertThrows(AccessRefusedException.class, () -> info.review(DisclosureAttribute.EXEMPT, "内部事务",
                ExemptionGround.ART16_INTERNAL_AFFAIRS, "内部管理信息", OFFICE, null, NOW));
        assertEquals(DisclosureAttribute.PROACTIVE, info.getAttribute());
    }

    @Test
    void theSignOffKeepsTheApprovedExemptionAndCannotApproveAnother() {
        GovInfo exempt = secrecyPassed(true, DisclosureAttribute.EXEMPT, OFFICEHEAD);
        GovInfo proactive = secrecyPassed(true, DisclosureAttribute.PROACTIVE, OFFICE);

        InvalidInputException unapproved = assertThrows(InvalidInputException.class, () -> proactive.signOff(
                DisclosureAttribute.EXEMPT, "不宜公开", ExemptionGround.ART16_INTERNAL_AFFAIRS, "内部信息", DIRECTOR,
                Set.of(), null, NOW));
        assertEquals("catalogue.invalid.exemptionNotApproved", unapproved.messageKey());
        assertThrows(InvalidInputException.class, () -> exempt.signOff(null, null, null, "另一理由", DIRECTOR, Set.of(),
                null, NOW));

        exempt.signOff(null, null, null, null, DIRECTOR, Set.of(), null, NOW);
        assertEquals(DisclosureAttribute.EXEMPT, exempt.getAttribute());
        assertEquals("officehead", exempt.getReview().getExemptionApprovedBy(), "the signature is no approval");
    }

    /** Secrecy law and seed 三: the classified content leaves; title, level, who and when stay. */
    @Test
    void aClassificationErasesTheBodyAndKeepsTheMetadata() {
        GovInfo info = GovInfoTest.draft();
        info.confirm(DEPTHEAD, null, NOW);
        info.review(null, null, null, null, OFFICE, null, NOW);

        info.classify(ClassificationLevel.CONFIDENTIAL, null, SECRECY, null, NOW);

        assertEquals("", info.getBodyHtml());
        assertEquals("", info.getBodyText());
        assertEquals("大数据产业发展情况", info.getTitle());
        assertEquals("郑大数据〔2026〕5号", info.getDocumentNumber());
        assertEquals(ClassificationLevel.CONFIDENTIAL, info.getClassificationLevel());
        assertEquals("secrecy", info.getSecrecy().getClassifiedBy());
        assertEquals(NOW, info.getSecrecy().getClassifiedAt());
        assertEquals(Set.of(), info.possibleSteps(OFFICE, Set.of()), "never published, never returned");
    }

    /** Art. 26: the deadline runs from the day the information was formed: a corrected written date moves it. */
    @Test
    void anEditSaysWhetherTheWrittenDateMoved_Art26() {
        GovInfo info = GovInfoTest.draft();
        DraftContent same = GovInfoTest.content(DisclosureAttribute.PROACTIVE, false);
        DraftContent earlier = new DraftContent(same.title(), same.bodyHtml(), same.bodyText(), same.documentType(),
                same.documentNumber(), same.writtenDate().minusDays(10), same.subjectCategory(), null,
                same.keyContentCategory(), true, DisclosureAttribute.PROACTIVE, null, null, false, null);

        assertFalse(info.edit(same, DEPTSTAFF, NOW));
        assertTrue(info.edit(earlier, DEPTSTAFF, NOW));
        assertEquals(same.writtenDate().minusDays(10), info.getWrittenDate());
    }

    /** Art. 26: published the day the step runs; a channel where it appeared earlier (after cataloguing) keeps that day. */
    @Test
    void thePublishedDateIsTheDayOfTheStepAndAChannelKeepsItsEarlierDay_Art26() {
        LocalDateTime early = NOW.minusDays(5);
        GovInfo info = GovInfo.draft(People.DEPARTMENT, GovInfoTest.content(DisclosureAttribute.PROACTIVE, false),
                DEPTSTAFF, early);
        info.confirm(DEPTHEAD, null, early);
        info.review(null, null, null, null, OFFICE, null, early);
        info.passSecrecy(null, SECRECY, null, early);
        info.signOff(null, null, null, null, DIRECTOR, Set.of(), null, early);
        info.catalogue(GovInfoTest.INDEX, OFFICE, early);
        LocalDate inTheNewspaper = NOW.toLocalDate().minusDays(3);

        info.publish(List.of(new ChannelRecord("ZHENGZHOU_DAILY", inTheNewspaper, "第3版"),
                new ChannelRecord("BUREAU_WEBSITE", null, null)), OFFICE, NOW);

        assertEquals(NOW.toLocalDate(), info.getPublishedDate());
        assertEquals(List.of(inTheNewspaper, NOW.toLocalDate()),
                info.getChannels().stream().map(ChannelRecord::getPublishedOn).sorted().toList());
        InvalidInputException typed = assertThrows(InvalidInputException.class,
                () -> Publication.requireNoOtherPublishedDate(inTheNewspaper, NOW.toLocalDate()));
        assertEquals("catalogue.invalid.publishedDateIsToday", typed.messageKey());
        Publication.requireNoOtherPublishedDate(NOW.toLocalDate(), NOW.toLocalDate());
        Publication.requireNoOtherPublishedDate(null, NOW.toLocalDate());
    }

    /** Issue #12, 8: a stated day is not after today, not before the previous step; the history shows both days. */
    @Test
    void theOtherAgencysConfirmationKeepsItsStatedDayBesideTheRecordingTime() {
        GovInfo info = GovInfo.draft(People.DEPARTMENT, GovInfoTest.content(DisclosureAttribute.PROACTIVE, true), DEPTSTAFF,
                NOW.minusDays(7));
        LocalDate today = NOW.toLocalDate();

        InvalidInputException future = assertThrows(InvalidInputException.class, () -> info.recordAgencyConfirmation(
                "市财政局办公室", "同意公开。", today.plusDays(1), OFFICE, NOW));
        InvalidInputException before = assertThrows(InvalidInputException.class, () -> info.recordAgencyConfirmation(
                "市财政局办公室", "同意公开。", today.minusDays(8), OFFICE, NOW));
        info.recordAgencyConfirmation("市财政局办公室", "同意公开。", today.minusDays(2), OFFICE, NOW);

        assertEquals("catalogue.invalid.statedDateFuture", future.messageKey());
        assertEquals("catalogue.invalid.statedDateBeforePrevious", before.messageKey());
        GovInfoStep step = info.getSteps().getLast();
        assertEquals(ChainStep.AGENCY_CONFIRMED, step.getStep());
        assertEquals(today.minusDays(2), step.getStatedOn());
        assertEquals(NOW, step.getOccurredAt());
    }

    @Test
    void aDepartmentRoleActsOnItsOwnDepartmentsItemsOnly() {
        GovInfo info = GovInfoTest.draft();

        assertThrows(AccessRefusedException.class, () -> info.confirm(OTHER_DEPTHEAD, null, NOW));
        assertEquals(Set.of(), info.possibleSteps(OTHER_DEPTHEAD, Set.of()));
        assertEquals(EnumSet.of(ChainStep.CONFIRMED, ChainStep.RETURNED), info.possibleSteps(DEPTHEAD, Set.of()));
        assertEquals(EnumSet.of(ChainStep.EDITED), info.possibleSteps(DEPTSTAFF, Set.of()));
        assertEquals(Set.of(), info.possibleSteps(OFFICE, Set.of()), "the office does not return a draft");
    }

    /** EclipseLink loads a part whose columns are all null as null; reading and stepping on must still work. */
    @Test
    void partsLoadedAsNullReadAsEmptyAndFillOnTheirStep() throws Exception {
        GovInfo info = GovInfoTest.signedOff();
        for (String part : List.of("secrecy", "publication")) {
            var field = GovInfo.class.getDeclaredField(part);
            field.setAccessible(true);
            field.set(info, null);
        }

        assertNull(info.getClassificationLevel());
        assertNull(info.getIndexNumber());
        info.attachPublicationDeadline(7L);
        info.catalogue(GovInfoTest.INDEX, OFFICE, NOW);
        assertEquals("MB1532375/2026-00007", info.getIndexNumber());
        assertEquals(7L, info.getPublicationDeadlineId());
    }
}
