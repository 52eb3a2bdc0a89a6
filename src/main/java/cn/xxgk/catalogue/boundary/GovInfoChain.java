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
import cn.xxgk.catalogue.control.BodyHtml;
import cn.xxgk.catalogue.control.Callers;
import cn.xxgk.catalogue.control.DepartmentScope;
import cn.xxgk.catalogue.control.PublicationDeadline;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.Caller;
import cn.xxgk.catalogue.entity.ChainStep;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.AggregateCommands;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The chain of proactive disclosure, reading and the department's phase: the item, its history
 * and the steps the caller may take now, drafting, editing, the head's confirmation, returns, and
 * a new version of a published entry. The office's review and the leader's sign-off are in
 * {@link GovInfoReview}, cataloguing and publication in {@link GovInfoPublication}.
 *
 * <p>Every command is load, check the seen version ({@link ConcurrentChangeException}), act, flush
 * ({@link AggregateCommands}); the container checks the role ({@code @RolesAllowed}), the item
 * checks state, role per step and department ({@link GovInfo#check}); nothing is half-saved.
 */
@Stateless
public class GovInfoChain {

    static final String TYPE = PublicationDeadline.SUBJECT_TYPE;
    static final AggregateCommands<GovInfo> ITEMS =
            new AggregateCommands<>(GovInfo.class, TYPE, GovInfo::getVersion, "catalogue.notFound");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    PublicationDeadline deadline;

    @Inject
    Clock clock;

    @Inject
    CatalogueSettings settings;

    // ---- reading -------------------------------------------------------------------------

    /** One item, if the caller may see it (published items: anyone with a role). */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public GovInfo find(Long id) {
        GovInfo info = ITEMS.load(em, id);
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

    /** The steps the caller may take on the item now (the screens show their forms; the commands refuse the rest). */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public Set<ChainStep> possibleSteps(Long id) {
        return find(id).possibleSteps(caller(), settings.delegations());
    }

    /**
     * A draft for a change of its content other than the drafting sheet (its attachments): only the
     * staff of the drafting department, only while it is a draft. The refusal is the caller's
     * command's to record.
     */
    @RolesAllowed(DEPT_STAFF)
    public GovInfo findOwnDraft(Long id) {
        GovInfo info = ITEMS.load(em, id);
        info.check(ChainStep.EDITED, caller(), Set.of());
        return info;
    }

    /** Whether {@link #findOwnDraft} would hand the caller this item (for screens: show or hide the buttons). */
    @RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
    public boolean mayChangeDraft(Long id) {
        GovInfo info = id == null ? null : em.find(GovInfo.class, id);
        return info != null && info.possibleSteps(caller(), Set.of()).contains(ChainStep.EDITED);
    }

    // ---- the department ------------------------------------------------------------------

    /** A department's new draft; opens its 20-working-day publication deadline from the written date (Art. 26). */
    @RolesAllowed(DEPT_STAFF)
    @Audited(action = "GOV_INFO_CREATE", objectType = TYPE)
    public GovInfo create(DraftInput input) {
        Caller caller = caller();
        if (caller.departmentId() == null) {
            throw new AccessRefusedException("the caller belongs to no department");
        }
        GovInfo info = GovInfo.draft(caller.departmentId(), content(input), caller, now());
        em.persist(info);
        em.flush();
        deadline.open(em, info, info.getWrittenDate(), caller.username());
        return info;
    }

    /** An edit; a corrected written date moves the start of the publication deadline (Art. 26). */
    @RolesAllowed(DEPT_STAFF)
    @Audited(action = "GOV_INFO_EDIT", objectType = TYPE)
    public GovInfo edit(Long id, long seenVersion, DraftInput input) {
        return ITEMS.change(em, id, seenVersion, info -> {
            if (info.edit(content(input), caller(), now())) {
                deadline.restart(info, info.getWrittenDate());
            }
        });
    }

    @RolesAllowed(DEPT_HEAD)
    @Audited(action = "GOV_INFO_CONFIRM", objectType = TYPE)
    public GovInfo confirm(Long id, long seenVersion, String comment) {
        return ITEMS.change(em, id, seenVersion, info -> info.confirm(caller(), comment, now()));
    }

    /** Back to the drafting department with a comment, by whoever holds the item now ({@code StepRoles}). */
    @RolesAllowed({DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    @Audited(action = "GOV_INFO_RETURN", objectType = TYPE)
    public GovInfo returnToDraft(Long id, long seenVersion, String comment) {
        return ITEMS.change(em, id, seenVersion, info -> info.returnToDraft(caller(), comment, now()));
    }

    /**
     * A change after publication: a new version (a draft of the same department, linked to the
     * published one, with the same attachments) and a new publication deadline from today, the
     * day of the change (Art. 26).
     */
    @RolesAllowed({DEPT_STAFF, OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_REVISE", objectType = TYPE)
    public GovInfo revise(Long id, long seenVersion) {
        GovInfo published = ITEMS.loadSeen(em, id, seenVersion);
        GovInfo next = published.revise(caller(), now());
        em.persist(next);
        em.flush();
        // the new version carries the same attachments (copied rows naming the same stored files)
        em.createNamedQuery(Attachment.OF_ITEM, Attachment.class).setParameter("govInfoId", published.getId())
                .getResultList().forEach(attachment -> em.persist(attachment.copyFor(next)));
        deadline.open(em, next, LocalDate.now(clock), caller().username());
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

    private Caller caller() {
        return Callers.of(session, directory);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
