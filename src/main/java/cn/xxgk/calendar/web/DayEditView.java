package cn.xxgk.calendar.web;

import cn.xxgk.calendar.boundary.CalendarAdministration;
import cn.xxgk.calendar.boundary.CalendarAdministration.DayType;
import cn.xxgk.calendar.control.DayRule;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.calendar.entity.CalendarDay;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The calendar screen's dialog that changes one day (type, name, reason). What the boundary
 * refuses shows at its field, the dialog stays open with what was typed.
 */
@Named
@ViewScoped
public class DayEditView implements Serializable {

    /** Which field of the dialog a refusal concerns ({@link FieldFlaws}). */
    static final Map<String, String> FIELD_OF_FLAW = Map.of(
            DayRule.NAME_REQUIRED, "name",
            DayRule.NAME_TOO_LONG, "name",
            "calendar.day.reasonRequired", "reason",
            "calendar.day.reasonTooLong", "reason",
            "calendar.day.required", "type");

    @Inject
    CalendarAdministration administration;

    @Inject
    CalendarView calendar;

    @Inject
    FieldFlaws flaws;

    @Inject
    Messages messages;

    private LocalDate selectedDay;
    private DayType selectedType;
    private String selectedName;
    private String reason;
    private Long selectedVersion;

    public void select(String isoDate) {
        selectedDay = LocalDate.parse(isoDate);
        CalendarDay rule = administration.daysOf(selectedDay.getYear()).stream()
                .filter(d -> d.getDay().equals(selectedDay)).findFirst().orElse(null);
        selectedType = rule == null ? DayType.DEFAULT : rule.isOffDay() ? DayType.OFF : DayType.WORKING;
        selectedName = rule == null ? null : rule.getName();
        selectedVersion = rule == null ? null : rule.getVersion();
        reason = null;
    }

    public void saveDay() {
        List<MovedDeadline> moved = flaws.attempt("edit-day", FIELD_OF_FLAW::get, () ->
                administration.changeDay(selectedDay, selectedType, selectedName, reason, selectedVersion));
        if (moved != null) {
            messages.info(null, "calendar.saved", selectedDay.toString(), moved.size());
            calendar.changed(moved);
        }
    }

    public DayType[] getDayTypes() {
        return DayType.values();
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
}
