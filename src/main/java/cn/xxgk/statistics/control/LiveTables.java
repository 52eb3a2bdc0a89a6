package cn.xxgk.statistics.control;

import cn.xxgk.catalogue.boundary.InfoCount;
import cn.xxgk.request.boundary.RequestCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The live statistics (seed 一(六)1) as tables, from the counts the catalogue and request components
 * make in the database: information by month, department and key content category, split into
 * proactive, on request and exempt; requests by channel, applicant kind, state, outcome and keeping of
 * the reply deadline.
 */
public final class LiveTables {

    static final List<String> ATTRIBUTES = List.of("PROACTIVE", "ON_REQUEST", "EXEMPT");
    static final String NONE = "statistics.live.none";

    private LiveTables() {
    }

    public static List<StatTable> of(List<InfoCount> info, List<RequestCount> requests) {
        List<String> attributeKeys = ATTRIBUTES.stream().map(a -> "govinfo.attribute." + a).toList();
        List<StatTable> tables = new ArrayList<>();
        Map<String, long[]> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(String.valueOf(m), new long[ATTRIBUTES.size()]);
        }
        info.forEach(c -> add(months, String.valueOf(c.month()), ATTRIBUTES.indexOf(c.attribute()), c.count()));
        tables.add(table("infoByMonth", "statistics.live.infoByMonth", attributeKeys, months, false));
        Map<String, long[]> departments = new LinkedHashMap<>();
        info.forEach(c -> add(departments, c.department(), ATTRIBUTES.indexOf(c.attribute()), c.count()));
        tables.add(table("infoByDepartment", "statistics.live.infoByDepartment", attributeKeys, departments, false));
        Map<String, long[]> categories = new LinkedHashMap<>();
        info.forEach(c -> add(categories, c.keyContentCategory() == null ? NONE : "govinfo.key." + c.keyContentCategory(),
                ATTRIBUTES.indexOf(c.attribute()), c.count()));
        tables.add(table("infoByCategory", "statistics.live.infoByCategory", attributeKeys, categories, true));

        tables.add(single("byChannel", "statistics.live.byChannel", requests, r -> "request.channel." + r.channel()));
        tables.add(single("byApplicant", "statistics.live.byApplicant", requests, r -> r.organisationKind() == null
                ? "request.applicantType." + r.applicantType() : "request.organisationKind." + r.organisationKind()));
        tables.add(single("byState", "statistics.live.byState", requests, r -> "request.state." + r.state()));
        tables.add(single("byOutcome", "statistics.live.byOutcome", requests,
                r -> r.outcome() == null ? NONE : "request.outcome." + r.outcome()));
        tables.add(single("byTimeliness", "statistics.live.byTimeliness", requests,
                r -> "statistics.timeliness." + r.timeliness()));
        return tables;
    }

    private static StatTable single(String id, String title, List<RequestCount> requests, Function<RequestCount, String> key) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        requests.forEach(r -> add(rows, key.apply(r), 0, r.count()));
        return table(id, title, List.of("statistics.live.count"), rows, true);
    }

    private static void add(Map<String, long[]> rows, String label, int column, long count) {
        if (column >= 0) {
            rows.computeIfAbsent(label, l -> new long[ATTRIBUTES.size()])[column] += count;
        }
    }

    private static StatTable table(String id, String title, List<String> columns, Map<String, long[]> rows, boolean keys) {
        List<StatTable.Row> list = new ArrayList<>();
        rows.forEach((label, counts) -> {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add(counts[i]);
            }
            list.add(new StatTable.Row(label, keys, values));
        });
        return new StatTable(id, title, columns, list);
    }
}
