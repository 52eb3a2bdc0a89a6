package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.SerialRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Gives out index numbers: per organisation code and year, serials 1, 2, 3 ... without a gap and
 * never twice; unlike a request number, an index number may have no gap, so the increment is never
 * taken outside the cataloguing transaction. The serial row is incremented by one statement ({@link SerialRows#next}) in the caller's (the
 * cataloguing) transaction: a second cataloguing waits for the first to commit, and a cataloguing
 * that rolls back takes its increment with it, so no serial is lost.
 */
@ApplicationScoped
public class IndexNumberAllocator {

    @Inject
    SerialRows rows;

    /** The next number; must run inside the transaction that stores it on the entry. */
    public IndexNumber next(String organisationCode, int year) {
        int serial = rows.next("index_serial", List.of("organisation_code", "year"), organisationCode, year);
        if (serial > IndexNumber.MAX_SERIAL) {
            // the refusal rolls the cataloguing back, the increment with it: the row stays at the maximum
            throw new InvalidInputException("catalogue.invalid.serialsExhausted", year);
        }
        return new IndexNumber(organisationCode, year, serial);
    }
}
