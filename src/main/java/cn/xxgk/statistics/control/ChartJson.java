package cn.xxgk.statistics.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.function.UnaryOperator;

/**
 * A live statistics table as a Chart.js configuration for PrimeFaces' p:chart: a stacked bar per
 * row when the table has several columns, a bar of counts otherwise. Labels are escaped by JSON;
 * Chart.js draws them as text, never as HTML.
 */
public final class ChartJson {

    static final String[] COLOURS = {"#2f6fb3", "#e0a100", "#b33b3b", "#3a9a5b", "#7a4fb3", "#5a5a5a"};

    private ChartJson() {
    }

    public static String of(StatTable table, UnaryOperator<String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(r -> labels.add(r.labelIsKey() ? text.apply(r.label()) : r.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int c = 0; c < table.columnKeys().size(); c++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            int column = c;
            table.rows().forEach(r -> data.add(r.counts().get(column)));
            datasets.add(Json.createObjectBuilder().add("label", text.apply(table.columnKeys().get(c))).add("data", data)
                    .add("backgroundColor", COLOURS[c % COLOURS.length]));
        }
        boolean stacked = table.columnKeys().size() > 1;
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", stacked)))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
