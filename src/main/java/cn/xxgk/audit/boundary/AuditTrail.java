package cn.xxgk.audit.boundary;

import cn.xxgk.audit.control.AfterCompletion;
import cn.xxgk.audit.control.AuditWriter;
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
import jakarta.transaction.Status;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes and reads the append-only audit record. A write never needs a second pool connection
 * while the caller holds one with its locks (issue #13: N parallel intakes needed 2N connections
 * and deadlocked the pool):
 * <ul>
 * <li>a success joins the caller's transaction: written on its connection, rolled back with it;</li>
 * <li>a refusal or a failure inside a transaction is written once that transaction has completed
 * (committed or rolled back, its locks released), in a transaction of its own, so it is kept
 * whatever became of the caller's;</li>
 * <li>outside a transaction every record is written in a transaction of its own.</li>
 * </ul>
 * The actor and the client address are taken when the record is made, not when it is written.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrail {

    /** The actor recorded when nobody is logged in. */
    public static final String ANONYMOUS = "anonymous";

    /** The detail of a command's failure when its transaction rolled back after it had returned. */
    public static final String ROLLED_BACK = "transaction rolled back after the command returned";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /**
     * Payara's transaction manager (the JNDI name of GlassFish and Payara). Not the standard
     * TransactionSynchronizationRegistry: its interposed synchronisations run before the server's
     * own, i.e. before the connection pool has taken the completed transaction's connection back,
     * and a write there needed a second connection after all (the pool starved with 48 failing
     * commands, ConcurrentIntakeIT). A synchronisation registered here runs after those the
     * transaction already had, the pool's among them, once the connection is free.
     */
    @Resource(lookup = "java:appserver/TransactionManager")
    TransactionManager transactions;

    @Inject
    AuditWriter writer;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /** Records an action of the current caller. */
    @PermitAll
    public void record(String action, String objectType, Object objectId, AuditResult result, String detail) {
        recordAs(currentActor(), action, objectType, objectId, result, detail);
    }

    /** Records an action for a named actor, e.g. the user name typed into a refused login. */
    @PermitAll
    public void recordAs(String actor, String action, String objectType, Object objectId, AuditResult result,
                         String detail) {
        AuditRecord record = record(actor, action, objectType, objectId, result, detail);
        if (!inTransaction()) {
            writer.write(record);
        } else if (result == AuditResult.SUCCESS) {
            em.persist(record);
        } else {
            afterCompletion(new AfterCompletion(writer, record, false));
        }
    }

    /**
     * Records the success of the current caller's command in the command's transaction; should that
     * transaction not commit after all (a failure after the command returned, at the commit), the
     * success is gone with it and the failure is recorded once the transaction has ended.
     */
    @PermitAll
    public void recordSuccess(String action, String objectType, Object objectId) {
        String actor = currentActor();
        if (!inTransaction()) {
            writer.write(record(actor, action, objectType, objectId, AuditResult.SUCCESS, null));
            return;
        }
        em.persist(record(actor, action, objectType, objectId, AuditResult.SUCCESS, null));
        // written now: a failure to write the command's changes shows here, in the command, and the
        // transaction holds its connection before the synchronisation below is registered
        em.flush();
        afterCompletion(new AfterCompletion(writer,
                record(actor, action, objectType, objectId, AuditResult.FAILED, ROLLED_BACK), true));
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

    private AuditRecord record(String actor, String action, String objectType, Object objectId, AuditResult result,
                               String detail) {
        return new AuditRecord(LocalDateTime.now(clock), actor == null || actor.isBlank() ? ANONYMOUS : actor,
                action, objectType, objectId == null ? null : objectId.toString(), result, detail,
                origin.clientAddress());
    }

    private boolean inTransaction() {
        try {
            int status = transactions.getStatus();
            return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
        } catch (SystemException e) {
            throw new IllegalStateException("transaction status unknown", e);
        }
    }

    private void afterCompletion(AfterCompletion write) {
        try {
            transactions.getTransaction().registerSynchronization(write);
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("cannot record after the transaction", e);
        }
    }

    private String currentActor() {
        Principal principal = session.getCallerPrincipal();
        // GlassFish reports an unauthenticated caller as the principal "ANONYMOUS"
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? ANONYMOUS : principal.getName();
    }
}
