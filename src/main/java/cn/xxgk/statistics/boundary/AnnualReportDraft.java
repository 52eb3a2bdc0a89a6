package cn.xxgk.statistics.boundary;

import cn.xxgk.statistics.control.RequestTable;
import cn.xxgk.statistics.entity.AnnualReport;
import java.util.List;

/**
 * A year's annual report as the office works on it: the report (not yet saved when id is null),
 * its request table computed now, last year's table to compare with (the published one when there
 * is one), and, when the balance fails, the requests behind the difference.
 *
 * @param lastYear null when there is no last year (the agency's first year)
 * @param lastYearTexts last year's report (texts beside this year's), null when none was written
 * @param unbalanced the requests that ended in the year without an outcome naming a row
 */
public record AnnualReportDraft(AnnualReport report, RequestTable table, RequestTable lastYear,
                                AnnualReport lastYearTexts, List<String> unbalanced) {

    public boolean isBalanced() {
        return table.isBalanced();
    }
}
