package cn.xxgk.calendar.web;

import cn.xxgk.calendar.boundary.CalendarAdministration;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.CalendarDay;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's calendar screen: a year as twelve months and the deadlines a change moved. A day's
 * change is {@link DayEditView}'s, the import of a year's arrangement {@link YearImportView}'s.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    @Inject
    CalendarAdministration administration;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    private int year;
    private List<CalendarMonth> months;
    private boolean published;
    private String source;

    private List<MovedDeadline> moved;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        Map<LocalDate, CalendarDay> rules = administration.daysOf(year).stream()
                .collect(Collectors.toMap(CalendarDay::getDay, Function.identity()));
        months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(CalendarMonth.of(YearMonth.of(year, m), calendar, rules));
        }
        var record = administration.yearRecord(year);
        published = record != null;
        source = record == null ? null : record.getSource();
    }

    /** A change made on this screen: which deadlines it moved, and the year as it is now. */
    void changed(List<MovedDeadline> movedDeadlines) {
        moved = movedDeadlines;
        load();
    }

    public void previousYear() {
        year--;
        load();
    }

    public void nextYear() {
        year++;
        load();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<CalendarMonth> getMonths() {
        return months;
    }

    public boolean isPublished() {
        return published;
    }

    public String getSource() {
        return source;
    }

    public List<MovedDeadline> getMoved() {
        return moved;
    }
}
