package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.GovInfoQueues;
import cn.xxgk.catalogue.boundary.QueueRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 逾期发布: what is or was published later than 20 working days after it was formed (Art. 26),
 * by how many working days, with a bar per department so that the office sees where it lags.
 */
@Named
@ViewScoped
public class LateView implements Serializable {

    @Inject
    GovInfoQueues queues;

    @Inject
    transient Clock clock;

    private int year;
    private List<QueueRow> rows;
    private Map<String, Integer> perDepartment;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
        rows = queues.late(year);
        perDepartment = rows.stream().collect(Collectors.groupingBy(
                row -> row.departmentName() == null ? "-" : row.departmentName(), LinkedHashMap::new,
                Collectors.summingInt(QueueRow::workingDaysLate)));
    }

    public List<Map.Entry<String, Integer>> getBars() {
        return perDepartment.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    public int barPercent(int value) {
        int max = perDepartment.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return max == 0 ? 0 : Math.max(2, Math.round(100f * value / max));
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return List.of(now, now - 1, now - 2);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<QueueRow> getRows() { return rows; }
}
