package cn.xxgk.calendar.web;

import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.CalendarDay;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One month of the calendar screen as weeks of seven cells (Monday first), empty cells outside the month. */
public record CalendarMonth(int year, int month, List<List<Cell>> weeks) implements Serializable {

    static CalendarMonth of(YearMonth month, WorkingDayCalendar calendar, Map<LocalDate, CalendarDay> rules) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int offset = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < offset; i++) {
            week.add(Cell.EMPTY);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            CalendarDay rule = rules.get(date);
            week.add(new Cell(date.toString(), d, calendar.isWorkingDay(date), rule != null,
                    calendar.nameOf(date), calendar.isProvisional(date)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(Cell.EMPTY);
            }
            weeks.add(week);
        }
        return new CalendarMonth(month.getYear(), month.getMonthValue(), weeks);
    }

    /** One day on screen: working or not, set by a rule (holiday, make-up day) or by the weekday rule. */
    public record Cell(String date, int dayOfMonth, boolean working, boolean ruled, String name, boolean provisional)
            implements Serializable {
        static final Cell EMPTY = new Cell(null, 0, false, false, null, false);

        public String styleClass() {
            if (date == null) {
                return "xxgk-cal-empty";
            }
            return (working ? "xxgk-cal-work" : "xxgk-cal-off") + (ruled ? " xxgk-cal-ruled" : "")
                    + (provisional ? " xxgk-cal-provisional" : "");
        }
    }
}
