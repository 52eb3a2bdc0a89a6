package cn.xxgk.audit.control;

import cn.xxgk.audit.entity.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes an audit record in a transaction of its own. Called only where the caller holds no
 * transaction, so it never needs a second pool connection beside one the caller keeps: outside any
 * transaction (a refused page, a logout), and after a command's transaction has completed
 * ({@link AfterCompletion}), when its locks are released.
 */
@ApplicationScoped
public class AuditWriter {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AuditRecord record) {
        em.persist(record);
    }
}
