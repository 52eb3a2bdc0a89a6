package cn.xxgk.audit.boundary;

import cn.xxgk.audit.control.AuditRecorder;
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
import java.util.List;

/**
 * Writes and reads the append-only audit record. The writes go through {@link AuditRecorder}: a
 * success joins the caller's transaction, a refusal or failure is written after it has ended, so no
 * write needs a second pool connection while the caller holds one (issue #13). Records for the
 * current caller from inside a transaction that may already be marked for rollback (a command's
 * failure) are made with AuditRecorder directly, as the audited-command interceptor does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrail {

    /** The actor recorded when nobody is logged in. */
    public static final String ANONYMOUS = AuditRecorder.ANONYMOUS;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditRecorder recorder;

    /** Records an action of the current caller. */
    @PermitAll
    public void record(String action, String objectType, Object objectId, AuditResult result, String detail) {
        recorder.record(AuditRecorder.actorOf(session.getCallerPrincipal()), action, objectType, objectId, result, detail);
    }

    /** Records an action for a named actor, e.g. the user name typed into a refused login. */
    @PermitAll
    public void recordAs(String actor, String action, String objectType, Object objectId, AuditResult result,
                         String detail) {
        recorder.record(actor, action, objectType, objectId, result, detail);
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

    /**
     * Every record about one object, oldest first (the archive seals them with the object). Read by
     * the office, which archives, and discipline inspection.
     */
    @RolesAllowed({"OFFICE_STAFF", "OFFICE_HEAD", "DISCIPLINE"})
    public List<AuditRecord> about(String objectType, String objectId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.objectType = :type AND a.objectId = :id ORDER BY a.id",
                        AuditRecord.class)
                .setParameter("type", objectType).setParameter("id", objectId).getResultList();
    }
}
