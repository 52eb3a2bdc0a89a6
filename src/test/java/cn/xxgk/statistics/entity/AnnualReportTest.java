package cn.xxgk.statistics.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AnnualReportTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 15, 9, 0);

    @Test
    void aTextOverItsLimitIsRefusedNamingItsSection() {
        AnnualReport report = AnnualReport.draft(2025, "office", NOW);
        String tooLong = "字".repeat(AnnualReport.TEXT_LIMIT + 1);
        assertEquals("statistics.invalid.textTooLong.problems", assertThrows(InvalidInputException.class,
                () -> report.write("总体", tooLong, null, null, "office", NOW)).messageKey());
        assertNull(report.getOverviewText(), "nothing changed");
    }

    @Test
    void aChangeAfterApprovalSendsTheReportBackToDraftAndPublishedIsFinal() {
        AnnualReport report = AnnualReport.draft(2025, "office", NOW);
        assertEquals("statistics.invalid.overviewRequired",
                assertThrows(InvalidInputException.class, () -> report.approve("head", NOW)).messageKey());
        report.write("总体情况", null, null, new BigDecimal("100.50"), "office", NOW);
        report.approve("head", NOW);
        assertEquals(ReportState.APPROVED, report.getState());
        report.enter(new ProactiveFigures(1, 0, 1, 0, 0, 0, 0, 0, 0, null), "office", NOW);
        assertEquals(ReportState.DRAFT, report.getState());
        assertEquals("statistics.invalid.notApproved", assertThrows(InvalidInputException.class,
                () -> report.publish("{}", new byte[1], new byte[1], "head", NOW)).messageKey());
        report.approve("head", NOW);
        report.publish("{}", new byte[1], new byte[1], "head", NOW);
        assertEquals(ReportState.PUBLISHED, report.getState());
        assertEquals("statistics.invalid.published", assertThrows(InvalidInputException.class,
                () -> report.write("改", null, null, null, "office", NOW)).messageKey());
    }

    @Test
    void negativeFiguresAndFeesAreRefused() {
        AnnualReport report = AnnualReport.draft(2025, "office", NOW);
        assertThrows(InvalidInputException.class,
                () -> report.enter(new ProactiveFigures(-1, 0, 0, 0, 0, 0, 0, 0, 0, null), "office", NOW));
        assertThrows(InvalidInputException.class,
                () -> report.write("x", null, null, new BigDecimal("-1"), "office", NOW));
    }
}
