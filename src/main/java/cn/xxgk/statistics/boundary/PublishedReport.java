package cn.xxgk.statistics.boundary;

import java.time.LocalDate;

/**
 * A published annual report for the portal's reports page: its year, the day it was published and
 * the links of its files (relative to the application's root).
 */
public record PublishedReport(int year, LocalDate publishedOn, String pdfPath, String xlsxPath, String jsonPath) {

    static PublishedReport of(int year, LocalDate publishedOn) {
        String base = "api/v1/statistics/annual-report/" + year;
        return new PublishedReport(year, publishedOn, base + "/pdf", base + "/xlsx", base);
    }
}
