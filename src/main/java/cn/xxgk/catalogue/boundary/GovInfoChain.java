package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.DEPT_HEAD;
import static cn.xxgk.identity.entity.Role.Names.DEPT_STAFF;
import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.Names.SECRECY_OFFICER;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.catalogue.control.BodyHtml;
import cn.xxgk.catalogue.control.DepartmentScope;
import cn.xxgk.catalogue.control.IndexNumberAllocator;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.ChainStep;
import cn.xxgk.catalogue.entity.ChannelRecord;
import cn.xxgk.catalogue.entity.ClassificationLevel;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.catalogue.entity.IllegalStepException;
import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The chain of proactive disclosure, one audited command per step. The container checks the
 * role ({@code @RolesAllowed}); this boundary checks the object: department staff and heads act
 * only on their own department's items, and a return is taken by the role whose step it is.
 * Every command takes the version the user saw: a stale one is a {@link ConcurrentChangeException}.
 * The entity refuses a step its state does not allow; nothing is half-saved (one transaction).
 */
@Stateless
public class GovInfoChain {

    static final String TYPE = "GovInfo";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Deadlines deadlines;

    @Inject
    AgencySetup agencies;

    @Inject
    IndexNumberAllocator indexNumbers;

    @Inject
    Clock clock;

    @Inject
    CatalogueSettings settings;

    // ---- reading -------------------------------------------------------------------------

    /** One item, if the caller may see it (published items: anyone with a role). */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public GovInfo find(Long id) {
        GovInfo info = load(id);
        if (info.getState() != GovInfoState.PUBLISHED && !DepartmentScope.of(session, directory).covers(info.getDepartmentId())) {
            // a read is no command, but a look at another department's unpublished item is recorded
            String why = "item " + id + " belongs to another department";
            audit.record("GOV_INFO_READ", TYPE, id, AuditResult.REFUSED, why);
            throw new AccessRefusedException(why);
        }
        return info;
    }

    /** The history of an item, oldest step first. */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public List<GovInfoStep> history(Long id) {
        find(id);
        return em.createQuery("SELECT s FROM GovInfoStep s WHERE s.govInfo.id = :id ORDER BY s.id", GovInfoStep.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * A draft for a change of its content other than the drafting sheet (its attachments): only the
     * staff of the drafting department, only while it is a draft. The refusal is the caller's
     * command's to record.
     */
    @RolesAllowed(DEPT_STAFF)
    public GovInfo findOwnDraft(Long id) {
        GovInfo info = load(id);
        requireOwnDepartment(info);
        if (info.getState() != GovInfoState.DRAFT) {
            throw new IllegalStepException(info.getState(), ChainStep.EDITED);
        }
        return info;
    }

    /** Whether {@link #findOwnDraft} would hand the caller this item (for screens: show or hide the buttons). */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public boolean mayChangeDraft(Long id) {
        GovInfo info = id == null ? null : em.find(GovInfo.class, id);
        return info != null && info.getState() == GovInfoState.DRAFT && session.isCallerInRole(DEPT_STAFF)
                && info.getDepartmentId().equals(callerDepartment().orElse(null));
    }

    // ---- the department ------------------------------------------------------------------

    /** A department's new draft; opens its 20-working-day publication deadline from the written date. */
    @RolesAllowed(DEPT_STAFF)
    @Audited(action = "GOV_INFO_CREATE", objectType = TYPE)
    public GovInfo create(DraftInput input) {
        Long department = callerDepartment()
                .orElseThrow(() -> new AccessRefusedException("the caller belongs to no department"));
        GovInfo info = GovInfo.draft(department, content(input), caller(), now());
        em.persist(info);
        em.flush();
        openPublicationDeadline(info, info.getWrittenDate());
        return info;
    }

    @RolesAllowed(DEPT_STAFF)
    @Audited(action = "GOV_INFO_EDIT", objectType = TYPE)
    public GovInfo edit(Long id, long seenVersion, DraftInput input) {
        GovInfo info = loadForChange(id, seenVersion);
        requireOwnDepartment(info);
        info.edit(content(input), caller(), now());
        return flushed(info);
    }

    @RolesAllowed(DEPT_HEAD)
    @Audited(action = "GOV_INFO_CONFIRM", objectType = TYPE)
    public GovInfo confirm(Long id, long seenVersion, String comment) {
        GovInfo info = loadForChange(id, seenVersion);
        requireOwnDepartment(info);
        info.confirm(caller(), comment, now());
        return flushed(info);
    }

    /**
     * Back to the drafting department with a comment: the department head from a draft, the
     * office from its review, the leader instead of signing off.
     */
    @RolesAllowed({DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    @Audited(action = "GOV_INFO_RETURN", objectType = TYPE)
    public GovInfo returnToDraft(Long id, long seenVersion, String comment) {
        GovInfo info = loadForChange(id, seenVersion);
        switch (info.getState()) {
            case DRAFT -> {
                requireRole(DEPT_HEAD);
                requireOwnDepartment(info);
            }
            case CONFIRMED, REVIEWED -> requireRole(OFFICE_STAFF, OFFICE_HEAD);
            case SECRECY_PASSED -> requireRole(LEADER_IN_CHARGE, DIRECTOR);
            default -> {
                // the entity refuses the step below
            }
        }
        info.returnToDraft(caller(), comment, now());
        return flushed(info);
    }

    // ---- the office's review -------------------------------------------------------------

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_REVIEW", objectType = TYPE)
    public GovInfo review(Long id, long seenVersion, AttributeDecision decision, String comment) {
        GovInfo info = loadForChange(id, seenVersion);
        AttributeDecision d = decision == null ? AttributeDecision.KEEP : decision;
        info.review(d.attribute(), d.changeReason(), d.exemptionGround(), d.exemptionReason(), caller(), comment, now());
        return flushed(info);
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_CONSULT", objectType = TYPE)
    public GovInfo consult(Long id, long seenVersion, String question) {
        GovInfo info = loadForChange(id, seenVersion);
        info.consult(question, caller(), now());
        return flushed(info);
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_CONSULTATION_ANSWER", objectType = TYPE)
    public GovInfo recordConsultationAnswer(Long id, long seenVersion, String answer) {
        GovInfo info = loadForChange(id, seenVersion);
        info.recordConsultationAnswer(answer, caller(), now());
        return flushed(info);
    }

    /**
     * The secrecy review: passes, doubtful (text: the question sent out), or classified with a
     * level. On a doubtful item, text is the answer that came back. A classified item never
     * publishes: its publication deadline closes.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, SECRECY_OFFICER})
    @Audited(action = "GOV_INFO_SECRECY", objectType = TYPE)
    public GovInfo secrecy(Long id, long seenVersion, SecrecyOutcome outcome, ClassificationLevel level, String text,
                           String comment) {
        GovInfo info = loadForChange(id, seenVersion);
        if (outcome == null) {
            throw new InvalidInputException("catalogue.invalid.outcomeRequired");
        }
        switch (outcome) {
            case PASSED -> info.passSecrecy(text, caller(), comment, now());
            case DOUBTFUL -> info.doubtSecrecy(text, caller(), now());
            case CLASSIFIED -> {
                info.classify(level, text, caller(), comment, now());
                closeDeadline(info);
            }
        }
        return flushed(info);
    }

    // ---- the leader ----------------------------------------------------------------------

    /** The sign-off fixes the final attribute; what will not be published leaves the publication deadline. */
    @RolesAllowed({LEADER_IN_CHARGE, DIRECTOR})
    @Audited(action = "GOV_INFO_SIGN_OFF", objectType = TYPE)
    public GovInfo signOff(Long id, long seenVersion, AttributeDecision decision, String comment) {
        GovInfo info = loadForChange(id, seenVersion);
        AttributeDecision d = decision == null ? AttributeDecision.KEEP : decision;
        info.signOff(d.attribute(), d.changeReason(), d.exemptionGround(), d.exemptionReason(), caller(), comment, now());
        if (info.getAttribute() != DisclosureAttribute.PROACTIVE) {
            closeDeadline(info);
        }
        return flushed(info);
    }

    // ---- cataloguing and publication -----------------------------------------------------

    /** Gives the next index number of this year (gap-free; concurrent cataloguings wait for each other). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_CATALOGUE", objectType = TYPE)
    public GovInfo catalogue(Long id, long seenVersion) {
        GovInfo info = loadForChange(id, seenVersion);
        if (info.getState() != GovInfoState.SIGNED_OFF) {
            // refuse before a serial is taken (it would roll back anyway, but needs no lock)
            info.catalogue(null, caller(), now());
        }
        info.catalogue(indexNumbers.next(agencies.currentAgency().getOrganisationCode(), LocalDate.now(clock).getYear()),
                caller(), now());
        return flushed(info);
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_AGENCY_CONFIRMATION", objectType = TYPE)
    public GovInfo recordAgencyConfirmation(Long id, long seenVersion, String confirmedBy, String text) {
        GovInfo info = loadForChange(id, seenVersion);
        info.recordAgencyConfirmation(confirmedBy, text, caller(), now());
        return flushed(info);
    }

    /** Publishes a catalogued PROACTIVE entry on its channels and closes its publication deadline. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_PUBLISH", objectType = TYPE)
    public GovInfo publish(Long id, long seenVersion, LocalDate publishedDate, List<ChannelRecord> channels) {
        GovInfo info = loadForChange(id, seenVersion);
        var offered = settings.channels(true).stream().map(c -> c.getCode()).collect(java.util.stream.Collectors.toSet());
        for (ChannelRecord channel : channels == null ? List.<ChannelRecord>of() : channels) {
            if (!offered.contains(channel.getChannel())) {
                throw new InvalidInputException("catalogue.invalid.unknownChannel", channel.getChannel());
            }
        }
        info.publish(publishedDate, channels, caller(), now());
        closeDeadline(info);
        return flushed(info);
    }

    /**
     * A change after publication: a new version (a draft of the same department, linked to the
     * published one) with a new publication deadline from today, the day of the change (Art. 26).
     */
    @RolesAllowed({DEPT_STAFF, OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_REVISE", objectType = TYPE)
    public GovInfo revise(Long id, long seenVersion) {
        GovInfo published = loadForChange(id, seenVersion);
        if (!session.isCallerInRole(OFFICE_STAFF) && !session.isCallerInRole(OFFICE_HEAD)) {
            requireOwnDepartment(published);
        }
        GovInfo next = published.revise(caller(), now());
        em.persist(next);
        em.flush();
        // the new version carries the same attachments (copied rows naming the same stored files)
        em.createNamedQuery(Attachment.OF_ITEM, Attachment.class).setParameter("govInfoId", published.getId())
                .getResultList().forEach(attachment -> em.persist(attachment.copyFor(next)));
        openPublicationDeadline(next, LocalDate.now(clock));
        return next;
    }

    // ---- helpers -------------------------------------------------------------------------

    private DraftContent content(DraftInput input) {
        if (input == null) {
            throw new InvalidInputException("catalogue.invalid.titleRequired");
        }
        String html = BodyHtml.sanitise(input.body());
        DraftContent content = new DraftContent(input.title(), html, BodyHtml.text(html), input.documentType(),
                input.documentNumber(), input.writtenDate(), input.subjectCategory(), input.subjectSubcategory(),
                input.keyContentCategory(), input.officialDocument(), input.attribute(), input.exemptionGround(),
                input.exemptionReason(), input.involvesOtherAgency(), input.otherAgencyName());
        content.firstFlaw(LocalDate.now(clock)).ifPresent(flaw -> {
            throw new InvalidInputException(flaw.key(), flaw.arguments());
        });
        // the second level is the agency's configured list, not free text (the catalogue groups by it)
        if (content.subjectSubcategory() != null && !content.subjectSubcategory().isBlank()
                && !settings.isOfferedSubcategory(content.subjectCategory(), content.subjectSubcategory())) {
            throw new InvalidInputException("catalogue.invalid.unknownSubcategory", content.subjectSubcategory().strip(),
                    content.subjectCategory().officialName());
        }
        return content;
    }

    /** Art. 26: 20 working days from the day the information was formed or changed. */
    private void openPublicationDeadline(GovInfo info, LocalDate start) {
        Deadline deadline = deadlines.open(TYPE, info.getId().toString(), DeadlineKind.PUBLICATION, start, caller());
        em.flush(); // the deadline's identity is known after the insert
        info.attachPublicationDeadline(deadline.getId());
        em.flush();
    }

    private void closeDeadline(GovInfo info) {
        if (info.getPublicationDeadlineId() != null) {
            deadlines.close(info.getPublicationDeadlineId());
        }
    }

    private GovInfo load(Long id) {
        GovInfo info = id == null ? null : em.find(GovInfo.class, id);
        if (info == null) {
            throw new InvalidInputException("catalogue.notFound");
        }
        return info;
    }

    private GovInfo loadForChange(Long id, long seenVersion) {
        GovInfo info = load(id);
        ConcurrentChangeException.check(TYPE, id, seenVersion, info.getVersion());
        return info;
    }

    private void requireOwnDepartment(GovInfo info) {
        Long own = callerDepartment().orElse(null);
        if (!info.getDepartmentId().equals(own)) {
            throw new AccessRefusedException("item " + info.getId() + " belongs to another department");
        }
    }

    private void requireRole(String... roles) {
        for (String role : roles) {
            if (session.isCallerInRole(role)) {
                return;
            }
        }
        throw new AccessRefusedException("this step belongs to " + String.join("/", roles));
    }

    private java.util.Optional<Long> callerDepartment() {
        return directory.departmentOf(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Flushes inside the command so that a lost race surfaces here, as a conflict the user understands. */
    private GovInfo flushed(GovInfo info) {
        try {
            em.flush();
            return info;
        } catch (OptimisticLockException race) {
            throw new ConcurrentChangeException(TYPE, info.getId());
        }
    }
}
