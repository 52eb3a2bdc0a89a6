package cn.xxgk.audit.control;

import cn.xxgk.audit.entity.AuditRecord;
import cn.xxgk.audit.entity.AuditResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes audit records so that no write needs a second pool connection while the caller holds one
 * with its locks (issue #13: N parallel intakes needed 2N connections and deadlocked the pool):
 * <ul>
 * <li>a success joins the caller's transaction: written on its connection, rolled back with it;</li>
 * <li>a refusal or a failure inside a transaction is written once that transaction has completed
 * (committed or rolled back, its locks released, its connection back in the pool), by
 * {@link AuditWriter} in a transaction of its own, so it is kept whatever became of the caller's;</li>
 * <li>outside a transaction every record is written in a transaction of its own.</li>
 * </ul>
 * A plain CDI bean, not an EJB: the server refuses an EJB call in a transaction already marked for
 * rollback ("Client's transaction aborted"), and that is just when a failure is recorded. The actor
 * and the client address are taken when the record is made, not when it is written.
 */
@ApplicationScoped
public class AuditRecorder {

    /** The actor recorded when nobody is logged in. */
    public static final String ANONYMOUS = "anonymous";

    /** The detail of a command's failure when its transaction rolled back after it had returned. */
    public static final String ROLLED_BACK = "transaction rolled back after the command returned";

    @PersistenceContext
    EntityManager em;

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

    /** The actor a caller principal stands for (GlassFish reports an unauthenticated caller as "ANONYMOUS"). */
    public static String actorOf(Principal principal) {
        return principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())
                ? ANONYMOUS : principal.getName();
    }

    /** Records an action: a success in the caller's transaction, anything else after it. */
    public void record(String actor, String action, String objectType, Object objectId, AuditResult result,
                       String detail) {
        AuditRecord record = record(actor, action, objectType, objectId, result, detail, origin.clientAddress());
        if (!inTransaction()) {
            writer.write(record);
        } else if (result == AuditResult.SUCCESS) {
            em.persist(record);
        } else {
            afterCompletion(new AfterCompletion(writer, record, false));
        }
    }

    /**
     * Records the success of a command in the command's transaction; should that transaction not
     * commit after all (a failure after the command returned, at the commit), the success is gone
     * with it and the failure is recorded once the transaction has ended.
     */
    public void recordSuccess(String actor, String action, String objectType, Object objectId) {
        String address = origin.clientAddress();
        AuditRecord success = record(actor, action, objectType, objectId, AuditResult.SUCCESS, null, address);
        if (!inTransaction()) {
            writer.write(success);
            return;
        }
        em.persist(success);
        // written now: a failure to write the command's changes shows here, in the command, and the
        // transaction holds its connection before the synchronisation below is registered
        em.flush();
        afterCompletion(new AfterCompletion(writer,
                record(actor, action, objectType, objectId, AuditResult.FAILED, ROLLED_BACK, address), true));
    }

    private AuditRecord record(String actor, String action, String objectType, Object objectId, AuditResult result,
                               String detail, String address) {
        return new AuditRecord(LocalDateTime.now(clock), actor == null || actor.isBlank() ? ANONYMOUS : actor,
                action, objectType, objectId == null ? null : objectId.toString(), result, detail, address);
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
}
