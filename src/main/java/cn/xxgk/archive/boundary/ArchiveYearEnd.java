package cn.xxgk.archive.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The year-end archiving: on 10 January at 02:00 (Beijing time), when the previous year's requests
 * have had their last deliveries recorded, the previous year is run as the office would start it
 * by hand (a run that is under way or done is not repeated: sealed records are skipped).
 * Non-persistent timer: with two nodes both start the year, and the unique key on the archived
 * record keeps every record sealed once.
 */
@Singleton
@RunAs(OFFICE_STAFF)
public class ArchiveYearEnd {

    private static final Logger LOG = Logger.getLogger(ArchiveYearEnd.class.getName());

    @Inject ArchiveCommands commands;
    @Inject Clock clock;

    @Schedule(month = "1", dayOfMonth = "10", hour = "2", minute = "0", persistent = false, timezone = "Asia/Shanghai")
    void runLastYear() {
        int year = LocalDate.now(clock).getYear() - 1;
        try {
            commands.startYear(year);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The year-end archive run of " + year + " could not start", failure);
        }
    }
}
