package cn.xxgk.audit.control;

import cn.xxgk.audit.entity.AuditRecord;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an audit record once a transaction has completed (a synchronisation registered after the
 * connection pool's): the transaction's locks are released and its connection is back in the pool
 * by then, and the server has taken the transaction off the thread, so {@link AuditWriter} starts
 * one of its own.
 *
 * @param writer   the writer (its CDI proxy, so that its transaction starts)
 * @param record   what to write
 * @param onlyIfRolledBack write only when the transaction did not commit (a command's success was
 *                 recorded in it and is gone with it: its failure is recorded instead)
 */
public record AfterCompletion(AuditWriter writer, AuditRecord record, boolean onlyIfRolledBack)
        implements Synchronization {

    private static final Logger LOG = Logger.getLogger(AfterCompletion.class.getName());

    @Override
    public void beforeCompletion() {
        // nothing before: the record is written once the outcome is known
    }

    @Override
    public void afterCompletion(int status) {
        if (onlyIfRolledBack && status == Status.STATUS_COMMITTED) {
            return;
        }
        try {
            writer.write(record);
        } catch (RuntimeException failure) {
            // the command's outcome stands; the server log keeps what the audit record could not
            LOG.log(Level.SEVERE, failure, () -> "audit record not written: " + record.getAction() + " "
                    + record.getObjectType() + " " + record.getObjectId() + " " + record.getResult()
                    + " by " + record.getActor());
        }
    }
}
