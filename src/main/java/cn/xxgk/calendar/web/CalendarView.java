package cn.xxgk.calendar.web;

import cn.xxgk.calendar.boundary.CalendarAdministration;
import cn.xxgk.calendar.boundary.CalendarAdministration.DayType;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.CalendarDay;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's calendar screen: a year as twelve months, a day's change with a reason, the import
 * of a year's arrangement, and the deadlines a change moved.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    @Inject
    CalendarAdministration administration;

    @Inject
    WorkingDays workingDays;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private int year;
    private List<Month> months;
    private boolean published;
    private String source;

    private LocalDate selectedDay;
    private DayType selectedType;
    private String selectedName;
    private String reason;
    private Long selectedVersion;

    private transient Part upload;
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
            months.add(Month.of(YearMonth.of(year, m), calendar, rules));
        }
        var record = administration.yearRecord(year);
        published = record != null;
        source = record == null ? null : record.getSource();
    }

    public void select(String isoDate) {
        selectedDay = LocalDate.parse(isoDate);
        CalendarDay rule = administration.daysOf(year).stream()
                .filter(d -> d.getDay().equals(selectedDay)).findFirst().orElse(null);
        selectedType = rule == null ? DayType.DEFAULT : rule.isOffDay() ? DayType.OFF : DayType.WORKING;
        selectedName = rule == null ? null : rule.getName();
        selectedVersion = rule == null ? null : rule.getVersion();
        reason = null;
    }

    public void saveDay() {
        moved = administration.changeDay(selectedDay, selectedType, selectedName, reason, selectedVersion);
        messages.info(null, "calendar.saved", selectedDay.toString(), moved.size());
        load();
    }

    public void importFile() throws IOException {
        if (upload == null) {
            messages.error(null, "calendar.import.empty");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(1024 * 1024);
        }
        moved = administration.importYear(year, upload.getSubmittedFileName(), content);
        messages.info(null, "calendar.imported", String.valueOf(year), moved.size());
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

    public DayType[] getDayTypes() {
        return DayType.values();
    }

    /** One month as weeks of seven cells (Monday first), empty cells outside the month. */
    public record Month(int year, int month, List<List<Cell>> weeks) implements Serializable {

        static Month of(YearMonth month, WorkingDayCalendar calendar, Map<LocalDate, CalendarDay> rules) {
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
            return new Month(month.getYear(), month.getMonthValue(), weeks);
        }
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

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Month> getMonths() {
        return months;
    }

    public boolean isPublished() {
        return published;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getSelectedDay() {
        return selectedDay;
    }

    public DayType getSelectedType() {
        return selectedType;
    }

    public void setSelectedType(DayType selectedType) {
        this.selectedType = selectedType;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public void setSelectedName(String selectedName) {
        this.selectedName = selectedName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public List<MovedDeadline> getMoved() {
        return moved;
    }
}
