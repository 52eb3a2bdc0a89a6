package cn.xxgk.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.catalogue.boundary.InfoCount;
import cn.xxgk.request.boundary.RequestCount;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiveTablesTest {

    static final List<InfoCount> INFO = List.of(
            new InfoCount("办公室", "BUDGET", "PROACTIVE", 3, 4),
            new InfoCount("办公室", "BUDGET", "EXEMPT", 3, 1),
            new InfoCount("产业发展处", null, "ON_REQUEST", 11, 2));
    static final List<RequestCount> REQUESTS = List.of(
            new RequestCount("ONLINE", "NATURAL_PERSON", null, "CLOSED", "DISCLOSED", "ON_TIME", 5),
            new RequestCount("POST", "LEGAL_PERSON", "RESEARCH_INSTITUTION", "CLOSED", "DISCLOSED", "LATE", 2),
            new RequestCount("ONLINE", "NATURAL_PERSON", null, "ACCEPTED", null, "RUNNING", 3));

    static Map<String, StatTable> tables() {
        return LiveTables.of(INFO, REQUESTS).stream().collect(Collectors.toMap(StatTable::id, Function.identity()));
    }

    static StatTable.Row row(StatTable table, String label) {
        return table.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("seed 一(六)1: proactive, on request and exempt counted by month, department and key content category")
    void informationByMonthDepartmentAndCategory() {
        Map<String, StatTable> t = tables();
        assertEquals(12, t.get("infoByMonth").rows().size());
        assertEquals(List.of(4L, 0L, 1L), row(t.get("infoByMonth"), "3").counts());
        assertEquals(List.of(0L, 2L, 0L), row(t.get("infoByDepartment"), "产业发展处").counts());
        assertEquals(List.of(4L, 0L, 1L), row(t.get("infoByCategory"), "govinfo.key.BUDGET").counts());
        assertEquals(2, row(t.get("infoByCategory"), "statistics.live.none").total());
    }

    @Test
    void requestsByChannelApplicantStateOutcomeAndTimeliness() {
        Map<String, StatTable> t = tables();
        assertEquals(8, row(t.get("byChannel"), "request.channel.ONLINE").total());
        assertEquals(2, row(t.get("byApplicant"), "request.organisationKind.RESEARCH_INSTITUTION").total());
        assertEquals(8, row(t.get("byApplicant"), "request.applicantType.NATURAL_PERSON").total());
        assertEquals(3, row(t.get("byOutcome"), "statistics.live.none").total());
        assertEquals(2, row(t.get("byTimeliness"), "statistics.timeliness.LATE").total());
        assertEquals(10, t.get("byState").total());
    }

    @Test
    void theChartIsChartJsWithTheTranslatedLabels() {
        String json = ChartJson.of(tables().get("infoByMonth"), key -> key.equals("govinfo.attribute.PROACTIVE") ? "主动公开" : key);
        assertTrue(json.contains("\"type\":\"bar\"") && json.contains("\"label\":\"主动公开\"") && json.contains("\"stacked\":true"), json);
    }
}
