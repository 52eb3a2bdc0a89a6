package cn.xxgk.statistics.control;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the request table beside last year's: the seven columns this year, the total last year
 * and the change, so that the office sees row by row what moved before it approves.
 *
 * @param lastYearTotal null when there is no last year to compare with
 */
public record RowComparison(String code, String label, List<Long> columns, Long lastYearTotal) {

    public long total() {
        return columns.getLast();
    }

    /** This year's total minus last year's; null without last year. */
    public Long change() {
        return lastYearTotal == null ? null : total() - lastYearTotal;
    }

    public boolean changed() {
        return lastYearTotal != null && total() != lastYearTotal;
    }

    /** Every row of the table in the form's order, last year's total beside each. */
    public static List<RowComparison> of(RequestTable table, RequestTable lastYear) {
        List<RowComparison> rows = new ArrayList<>();
        for (RowCode row : RowCode.values()) {
            List<Long> columns = new ArrayList<>();
            for (ApplicantColumn column : ApplicantColumn.values()) {
                columns.add(table.count(row, column));
            }
            rows.add(new RowComparison(row.code(), row.label(), columns,
                    lastYear == null ? null : lastYear.count(row, ApplicantColumn.TOTAL)));
        }
        return rows;
    }
}
