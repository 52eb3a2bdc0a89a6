package cn.xxgk.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportYearsTest {

    final ReportYears years = new ReportYears(2019,
            Clock.fixed(Instant.parse("2027-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void aYearInTheFutureHasNoReport() {
        assertEquals("statistics.invalid.futureYear",
                assertThrows(InvalidInputException.class, () -> years.existing(2028)).messageKey());
    }

    @Test
    void aYearBeforeTheAgencyExistedHasNoReport() {
        assertEquals("statistics.invalid.beforeAgency",
                assertThrows(InvalidInputException.class, () -> years.existing(2018)).messageKey());
        assertEquals(2019, years.existing(2019));
    }

    @Test
    @DisplayName("Art. 49: a report is published after its year (by 31 January): the running year may only be drafted")
    void theRunningYearIsDraftedNotPublished() {
        assertEquals(2027, years.existing(2027));
        assertEquals("statistics.invalid.yearNotOver",
                assertThrows(InvalidInputException.class, () -> years.ended(2027)).messageKey());
        assertEquals(2026, years.ended(2026));
    }
}
