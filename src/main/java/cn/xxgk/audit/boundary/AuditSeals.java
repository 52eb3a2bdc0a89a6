package cn.xxgk.audit.boundary;

import cn.xxgk.audit.control.AuditChain;
import cn.xxgk.audit.control.AuditChainCheck;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.platform.boundary.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seals the committed audit rows into the hash chain every five seconds, on every node, and
 * verifies the chain for discipline inspection and the office head. Two nodes sealing at once
 * collide on the seal's place (its primary key): one batch is rolled back and its rows are sealed
 * at the next pass, by whichever node comes first.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSeals {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditSeals.class.getName());

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealCommitted() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            AuditSeals self = context.getBusinessObject(AuditSeals.class);
            while (self.sealBatch() == BATCH) {
                // a backlog (the first pass over an existing record): one transaction per batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit sealing failed; the next pass tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** Seals one batch in a transaction of its own; 0 when another node sealed the same places first. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        try (Connection db = dataSource.getConnection()) {
            return AuditChain.seal(db, LocalDateTime.now(clock), BATCH);
        } catch (SQLException e) {
            context.setRollbackOnly();
            // 23000: another node took the same places first; anything else is worth a look
            LOG.log("23000".equals(e.getSQLState()) ? Level.FINE : Level.WARNING,
                    "audit sealing did not commit; the next pass tries again", e);
            return 0;
        }
    }

    /** Recomputes the whole chain; the check itself is recorded. */
    @RolesAllowed({"DISCIPLINE", "OFFICE_HEAD"})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditChainCheck.Report verify() {
        try (Connection db = dataSource.getConnection()) {
            AuditChainCheck.Report report = AuditChainCheck.verify(db, LocalDateTime.now(clock));
            audit.record("AUDIT_CHAIN_VERIFY", "audit_seal", report.headSeq(), AuditResult.SUCCESS,
                    report.problem() == null ? "intact to " + report.headSeq() + ", unsealed " + report.unsealed()
                            : report.problem() + " at seal " + report.brokenSeq() + " (audit row " + report.brokenAuditId() + ")");
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain could not be read", e);
        }
    }
}
