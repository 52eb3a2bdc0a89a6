package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.Names.SECRECY_OFFICER;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.control.Callers;
import cn.xxgk.catalogue.control.PublicationDeadline;
import cn.xxgk.catalogue.entity.Caller;
import cn.xxgk.catalogue.entity.ClassificationLevel;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The chain's middle: the office's review of the attribute (an exemption approved by the office
 * head, seed 三(三)), the consultation of the municipal office, the secrecy review (a classified
 * item loses its body and attachments at once), and the leader's sign-off (seed 三(四): official
 * documents by the principal leader unless the agency delegated it). Who takes each step is the
 * item's {@code StepRoles}; one load-check-act-flush per command ({@link GovInfoChain#ITEMS}).
 */
@Stateless
public class GovInfoReview {

    static final String TYPE = GovInfoChain.TYPE;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    PublicationDeadline deadline;

    @Inject
    GovInfoAttachments attachments;

    @Inject
    CatalogueSettings settings;

    @Inject
    Clock clock;

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_REVIEW", objectType = TYPE)
    public GovInfo review(Long id, long seenVersion, AttributeDecision decision, String comment) {
        AttributeDecision d = decision == null ? AttributeDecision.KEEP : decision;
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> info.review(d.attribute(), d.changeReason(),
                d.exemptionGround(), d.exemptionReason(), caller(), comment, now()));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_CONSULT", objectType = TYPE)
    public GovInfo consult(Long id, long seenVersion, String question) {
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> info.consult(question, caller(), now()));
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "GOV_INFO_CONSULTATION_ANSWER", objectType = TYPE)
    public GovInfo recordConsultationAnswer(Long id, long seenVersion, String answer) {
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> info.recordConsultationAnswer(answer, caller(), now()));
    }

    /**
     * The secrecy review: passes, doubtful (text: the question sent out), or classified with a
     * level. On a doubtful item, text is the answer that came back. A classified item keeps only
     * its metadata: its attachments (rows and stored files) are deleted here, it never publishes,
     * and its publication deadline closes.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, SECRECY_OFFICER})
    @Audited(action = "GOV_INFO_SECRECY", objectType = TYPE)
    public GovInfo secrecy(Long id, long seenVersion, SecrecyOutcome outcome, ClassificationLevel level, String text,
                           String comment) {
        if (outcome == null) {
            throw new InvalidInputException("catalogue.invalid.outcomeRequired");
        }
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> {
            switch (outcome) {
                case PASSED -> info.passSecrecy(text, caller(), comment, now());
                case DOUBTFUL -> info.doubtSecrecy(text, caller(), now());
                case CLASSIFIED -> {
                    info.classify(level, text, caller(), comment, now());
                    attachments.eraseClassified(info);
                    deadline.close(info);
                }
            }
        });
    }

    /** The sign-off fixes the final attribute; what will not be published leaves the publication deadline. */
    @RolesAllowed({LEADER_IN_CHARGE, DIRECTOR})
    @Audited(action = "GOV_INFO_SIGN_OFF", objectType = TYPE)
    public GovInfo signOff(Long id, long seenVersion, AttributeDecision decision, String comment) {
        AttributeDecision d = decision == null ? AttributeDecision.KEEP : decision;
        return GovInfoChain.ITEMS.change(em, id, seenVersion, info -> {
            info.signOff(d.attribute(), d.changeReason(), d.exemptionGround(), d.exemptionReason(), caller(),
                    settings.delegations(), comment, now());
            if (info.getAttribute() != DisclosureAttribute.PROACTIVE) {
                deadline.close(info);
            }
        });
    }

    private Caller caller() {
        return Callers.of(session, directory);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
