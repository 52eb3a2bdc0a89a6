package cn.xxgk.audit.boundary;

import cn.xxgk.audit.control.RequestOrigin;
import cn.xxgk.audit.entity.AuditRecord;
import cn.xxgk.audit.entity.AuditResult;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes and reads the append-only audit record. Every write runs in its own transaction, so a
 * refusal or a failure is recorded even when the caller's transaction rolls back.
 */
@Stateless
public class AuditTrail {

    /** The actor recorded when nobody is logged in. */
    public static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /** Records an action of the current caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String action, String objectType, Object objectId, AuditResult result, String detail) {
        recordAs(currentActor(), action, objectType, objectId, result, detail);
    }

    /** Records an action for a named actor, e.g. the user name typed into a refused login. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAs(String actor, String action, String objectType, Object objectId, AuditResult result,
                         String detail) {
        em.persist(new AuditRecord(LocalDateTime.now(clock), actor == null || actor.isBlank() ? ANONYMOUS : actor,
                action, objectType, objectId == null ? null : objectId.toString(), result, detail,
                origin.clientAddress()));
    }

    /**
     * The latest records, newest first, optionally only those of one actor or one result. Read by
     * the office head and discipline inspection (the identity component's role names, written out:
     * identity records its logins here, so audit may not depend on it; AuditTrailTest checks the
     * names against the roles).
     */
    @RolesAllowed({"OFFICE_HEAD", "DISCIPLINE"})
    public List<AuditRecord> latest(String actor, AuditResult result, int max) {
        return em.createQuery("""
                        SELECT a FROM AuditRecord a
                        WHERE (:actor IS NULL OR a.actor = :actor) AND (:result IS NULL OR a.result = :result)
                        ORDER BY a.id DESC""", AuditRecord.class)
                .setParameter("actor", actor == null || actor.isBlank() ? null : actor.strip())
                .setParameter("result", result)
                .setMaxResults(max)
                .getResultList();
    }

    private String currentActor() {
        Principal principal = session.getCallerPrincipal();
        // GlassFish reports an unauthenticated caller as the principal "ANONYMOUS"
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? ANONYMOUS : principal.getName();
    }
}
