package cn.xxgk.statistics.control;

import cn.xxgk.request.boundary.RequestTally;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request table of the annual report (三, 国办公开办函〔2021〕30号): every row by the seven
 * applicant columns. A request counts in the year of its outcome under its applicant's column: new
 * (1) when received in the year, carried over (2) when received before; under its result row (3.x)
 * when it ended in the year, carried into the next year (4) otherwise. A split request is not
 * counted, its parts are (the request component leaves the split ones out).
 * <p>
 * The balance rule of the form, per column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理. A
 * request that ended in the year without an outcome and reason naming a row breaks it.
 */
public final class RequestTable {

    private final Map<RowCode, long[]> cells = new EnumMap<>(RowCode.class);

    private RequestTable() {
        for (RowCode row : RowCode.values()) {
            cells.put(row, new long[ApplicantColumn.values().length]);
        }
    }

    /** The table of a year from the request component's groups of that year. */
    public static RequestTable of(List<RequestTally> groups) {
        RequestTable table = new RequestTable();
        for (RequestTally g : groups) {
            ApplicantColumn column = ApplicantColumn.of(g.applicantType(), g.organisationKind());
            table.add(g.receivedBeforeYear() ? RowCode.CARRIED_IN : RowCode.NEW, column, g.count());
            if (!g.endedInYear()) {
                table.add(RowCode.CARRIED_OUT, column, g.count());
            } else {
                Optional<RowCode> result = RowCode.ofResult(g.outcome(), g.reason());
                result.ifPresent(row -> {
                    table.add(row, column, g.count());
                    table.add(RowCode.RESULTS_TOTAL, column, g.count());
                });
            }
        }
        return table;
    }

    /** A table as published: row code, then column name, then the count (absent cells are 0). */
    public static RequestTable read(Map<String, Map<String, Long>> published) {
        RequestTable table = new RequestTable();
        published.forEach((code, columns) -> RowCode.ofCode(code).ifPresent(row -> columns.forEach((name, value) -> {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                if (column.name().equals(name) && value != null) {
                    table.cells.get(row)[column.ordinal()] = value;
                }
            }
        })));
        return table;
    }

    private void add(RowCode row, ApplicantColumn column, long count) {
        cells.get(row)[column.ordinal()] += count;
        cells.get(row)[ApplicantColumn.TOTAL.ordinal()] += count;
    }

    public long count(RowCode row, ApplicantColumn column) {
        return cells.get(row)[column.ordinal()];
    }

    /** The columns whose balance fails: what came in (1 + 2) against what went out (3.7 + 4). */
    public List<Imbalance> imbalances() {
        List<Imbalance> failing = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            long in = count(RowCode.NEW, column) + count(RowCode.CARRIED_IN, column);
            long out = count(RowCode.RESULTS_TOTAL, column) + count(RowCode.CARRIED_OUT, column);
            if (in != out) {
                failing.add(new Imbalance(column, in, out));
            }
        }
        return failing;
    }

    public boolean isBalanced() {
        return imbalances().isEmpty();
    }

    /** The table keyed by row code, each row by column name (the JSON of the published report). */
    public Map<String, Map<String, Long>> asMap() {
        Map<String, Map<String, Long>> map = new LinkedHashMap<>();
        for (RowCode row : RowCode.values()) {
            Map<String, Long> columns = new LinkedHashMap<>();
            for (ApplicantColumn column : ApplicantColumn.values()) {
                columns.put(column.name(), count(row, column));
            }
            map.put(row.code(), columns);
        }
        return map;
    }

    /** A column where 1 + 2 (in) differs from 3.7 + 4 (out). */
    public record Imbalance(ApplicantColumn column, long in, long out) {
    }
}
