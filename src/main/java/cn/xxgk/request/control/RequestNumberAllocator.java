package cn.xxgk.request.control;

import cn.xxgk.platform.control.SerialRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Gives out request numbers, 2026-0001, 2026-0002 ... per year without a gap and never twice, the
 * way the catalogue's index numbers are given: the year's serial row is locked (SELECT ... FOR
 * UPDATE) and incremented in the registering transaction, so concurrent intakes wait for each other
 * and a rolled-back intake takes its number with it. The lock also serialises intakes with the same
 * idempotency token: the second one, once it holds the lock, sees the first one's request.
 */
@ApplicationScoped
public class RequestNumberAllocator {

    @PersistenceContext
    EntityManager em;

    @Inject
    SerialRows rows;

    /** Locks the year's row; call before looking for an earlier request with the same token. */
    public void lock(int year) {
        rows.ensure("request_serial", List.of("year"), year);
        em.createNativeQuery("SELECT last_serial FROM request_serial WHERE year = ? FOR UPDATE")
                .setParameter(1, year).getSingleResult();
    }

    /** The next number of the year; the row must be locked by {@link #lock} in this transaction. */
    public String next(int year) {
        Number last = (Number) em.createNativeQuery("SELECT last_serial FROM request_serial WHERE year = ? FOR UPDATE")
                .setParameter(1, year).getSingleResult();
        int serial = last.intValue() + 1;
        em.createNativeQuery("UPDATE request_serial SET last_serial = ?, version = version + 1 WHERE year = ?")
                .setParameter(1, serial).setParameter(2, year).executeUpdate();
        return format(year, serial);
    }

    /** Four digits at least (2026-0001); a year with more than 9999 requests simply gets five. */
    public static String format(int year, int serial) {
        return year + "-" + String.format("%04d", serial);
    }
}
