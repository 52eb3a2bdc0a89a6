package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.SerialRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Gives out index numbers: per organisation code and year, serials 1, 2, 3 ... without a gap and
 * never twice. The serial row is locked with SELECT ... FOR UPDATE and incremented in the caller's
 * (the cataloguing) transaction: a second cataloguing waits for the first to commit, and a
 * cataloguing that rolls back takes its increment with it, so no serial is lost.
 */
@ApplicationScoped
public class IndexNumberAllocator {

    @PersistenceContext
    EntityManager em;

    @Inject
    SerialRows rows;

    /** The next number; must run inside the transaction that stores it on the entry. */
    public IndexNumber next(String organisationCode, int year) {
        rows.ensure("index_serial", List.of("organisation_code", "year"), organisationCode, year);
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_serial FROM index_serial WHERE organisation_code = ? AND year = ? FOR UPDATE")
                .setParameter(1, organisationCode).setParameter(2, year)
                .getSingleResult();
        int serial = last.intValue() + 1;
        if (serial > IndexNumber.MAX_SERIAL) {
            throw new InvalidInputException("catalogue.invalid.serialsExhausted", year);
        }
        em.createNativeQuery(
                        "UPDATE index_serial SET last_serial = ?, version = version + 1 WHERE organisation_code = ? AND year = ?")
                .setParameter(1, serial).setParameter(2, organisationCode).setParameter(3, year)
                .executeUpdate();
        return new IndexNumber(organisationCode, year, serial);
    }
}
