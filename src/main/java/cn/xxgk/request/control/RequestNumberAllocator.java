package cn.xxgk.request.control;

import cn.xxgk.platform.control.SerialRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Gives out request numbers, 2026-0001, 2026-0002 ... per year without a gap and never twice, the
 * way the catalogue's index numbers are given: the year's serial row is incremented by one statement
 * in the registering transaction ({@link SerialRows#next}), so a rolled-back intake takes its number
 * with it and the series has no gap. The row stays locked from that statement to the commit, so an
 * intake takes its number at the end of its work (after the checks, the encryption and the look-ups),
 * and concurrent intakes wait for each other only for the last few statements.
 */
@ApplicationScoped
public class RequestNumberAllocator {

    @Inject
    SerialRows rows;

    /** The next number of the year; must run inside the transaction that stores the request. */
    public String next(int year) {
        return format(year, rows.next("request_serial", List.of("year"), year));
    }

    /** Four digits at least (2026-0001); a year with more than 9999 requests simply gets five. */
    public static String format(int year, int serial) {
        return year + "-" + String.format("%04d", serial);
    }
}
