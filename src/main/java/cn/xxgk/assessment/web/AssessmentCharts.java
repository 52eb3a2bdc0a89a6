package cn.xxgk.assessment.web;

import cn.xxgk.assessment.control.DepartmentAssessment;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' p:chart: horizontal bars, one
 * row per department, so that a phone shows them as well as a desktop.
 */
final class AssessmentCharts {

    private AssessmentCharts() {
    }

    /** Shares on time (publication, replies) in percent, per department; a department without items shows no bar. */
    static String onTime(List<DepartmentAssessment> rows, String publicationLabel, String replyLabel) {
        return bars(rows, 100, dataset(publicationLabel, "#42A5F5", rows, DepartmentAssessment::publicationOnTimePercent),
                dataset(replyLabel, "#66BB6A", rows, DepartmentAssessment::replyOnTimePercent));
    }

    /** The mean satisfaction rating (1-5) per department. */
    static String satisfaction(List<DepartmentAssessment> rows, String label) {
        return bars(rows, 5, dataset(label, "#FFA726", rows, DepartmentAssessment::averageRating));
    }

    /** Working days late (publication) per department. */
    static String lateness(List<DepartmentAssessment> rows, String label) {
        return bars(rows, null, dataset(label, "#EF5350", rows, a -> (double) a.workingDaysLate()));
    }

    private static JsonObjectBuilder dataset(String label, String colour, List<DepartmentAssessment> rows,
                                             Function<DepartmentAssessment, Double> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (DepartmentAssessment row : rows) {
            Double v = value.apply(row);
            if (v == null) {
                data.addNull();
            } else {
                data.add(Math.round(v * 10) / 10.0);
            }
        }
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    private static String bars(List<DepartmentAssessment> rows, Integer max, JsonObjectBuilder... datasets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(row.departmentName()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        JsonObjectBuilder x = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            x.add("max", max);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", x)))
                .build().toString();
    }
}
