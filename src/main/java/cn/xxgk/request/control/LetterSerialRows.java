package cn.xxgk.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates the letter serial row of a year in a transaction of its own (see {@link LetterNumberAllocator}). */
@ApplicationScoped
public class LetterSerialRows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(int year) {
        em.createNativeQuery("INSERT IGNORE INTO request_letter_serial (year, last_serial) VALUES (?, 0)")
                .setParameter(1, year).executeUpdate();
    }
}
