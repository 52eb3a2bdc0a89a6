package cn.xxgk.statistics.control;

import java.util.List;

/**
 * One table of the live statistics: its rows (a label, translated when it is a message key) with
 * one count per column (the columns are message keys).
 *
 * @param id short name, used in the export's file name and the page's ids
 */
public record StatTable(String id, String titleKey, List<String> columnKeys, List<Row> rows) {

    /** @param labelIsKey whether the label is a message key (an enum's) or shown as it is (a department) */
    public record Row(String label, boolean labelIsKey, List<Long> counts) {

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }
}
