package cn.xxgk.statistics.web;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.statistics.boundary.LiveStatistics;
import cn.xxgk.statistics.control.ChartJson;
import cn.xxgk.statistics.control.StatTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 政府信息公开统计: the live statistics of a year, each table with its chart and its XLSX export
 * (served by the statistics API), for the office and the leaders.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    @Inject
    transient LiveStatistics statistics;

    @Inject
    transient Messages messages;

    @Inject
    transient FieldFlaws flaws;

    @Inject
    transient Clock clock;

    private int year;
    private List<StatTable> tables = List.of();

    public void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
        try {
            tables = statistics.of(year);
        } catch (InvalidInputException refused) {
            flaws.show("years", null, refused.messageKey(), refused.arguments());
            tables = List.of();
        }
    }

    public String chart(StatTable table) {
        return ChartJson.of(table, messages::text);
    }

    public String label(StatTable.Row row) {
        return row.labelIsKey() ? messages.text(row.label()) : row.label();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(0, 4).mapToObj(i -> now - i).toList();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<StatTable> getTables() { return tables; }
}
