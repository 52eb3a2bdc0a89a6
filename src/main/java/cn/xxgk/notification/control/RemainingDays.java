package cn.xxgk.notification.control;

import cn.xxgk.calendar.control.WorkingDayCalendar;
import java.time.LocalDate;

/** Working days left until a due date: 0 on the day, negative after it (at least -1 the day after). */
public final class RemainingDays {

    private RemainingDays() {
    }

    public static int between(WorkingDayCalendar calendar, LocalDate today, LocalDate due) {
        if (!due.isBefore(today)) {
            return calendar.countWorkingDays(today, due);
        }
        return -Math.max(1, calendar.countWorkingDays(due, today));
    }
}
