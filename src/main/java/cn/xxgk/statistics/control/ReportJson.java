package cn.xxgk.statistics.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of an annual report: the texts, the section 二 figures and the request table keyed by
 * row code ("1", "2", "3.1" … "3.7", "4"), each with the seven columns by name (NATURAL_PERSON …
 * TOTAL). Published reports keep exactly this text.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static String write(ReportContent c) {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        put(sections, "overview", c.overview());
        put(sections, "problems", c.problems());
        put(sections, "other", c.other());
        if (c.feesCollected() != null) {
            sections.add("feesCollectedYuan", c.feesCollected());
        }
        JsonObjectBuilder proactive = Json.createObjectBuilder();
        String[] keys = {"rules", "normativeDocuments", "licensing", "punishment", "enforcement", "adminFeesTenThousandYuan"};
        Object[][] rows = c.proactiveRows();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length == 4) {
                proactive.add(keys[i], Json.createObjectBuilder().add("made", (Integer) rows[i][1])
                        .add("repealed", (Integer) rows[i][2]).add("inForce", (Integer) rows[i][3]));
            } else if (rows[i][1] instanceof Integer count) {
                proactive.add(keys[i], count);
            } else {
                proactive.add(keys[i], (java.math.BigDecimal) rows[i][1]);
            }
        }
        JsonObjectBuilder table = Json.createObjectBuilder();
        c.requests().asMap().forEach((code, columns) -> {
            JsonObjectBuilder row = Json.createObjectBuilder();
            columns.forEach(row::add);
            table.add(code, row);
        });
        JsonObjectBuilder report = Json.createObjectBuilder().add("year", c.year()).add("state", c.state());
        put(report, "agency", c.agency());
        if (c.publishedOn() != null) {
            report.add("publishedOn", c.publishedOn().toString());
        }
        return report.add("sections", sections).add("proactive", proactive).add("requests", table)
                .add("balanced", c.requests().isBalanced())
                .add("reviewAndLitigation", Json.createObjectBuilder().add("computed", false)
                        .add("note", ReportContent.REVIEW_NOT_COMPUTED))
                .build().toString();
    }

    /** The request table of a report's JSON (e.g. last year's published one, to compare with). */
    public static RequestTable requestTable(String json) {
        JsonObject requests = Json.createReader(new StringReader(json)).readObject().getJsonObject("requests");
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        requests.forEach((code, row) -> {
            Map<String, Long> columns = new LinkedHashMap<>();
            row.asJsonObject().forEach((name, value) -> columns.put(name, ((jakarta.json.JsonNumber) value).longValue()));
            cells.put(code, columns);
        });
        return RequestTable.read(cells);
    }

    private static void put(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }
}
