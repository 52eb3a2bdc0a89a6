package cn.xxgk.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a State Council holiday arrangement: either a day off (a public holiday, even on a
 * weekday) or a working day by order (normally a weekend day made a make-up working day, 调休).
 * A rule belongs to the calendar by its own date, whichever year's notice announced it.
 *
 * @param date   the day the rule is about
 * @param offDay true for a day off, false for a working day by order
 * @param name   the holiday the rule belongs to, as the notice names it (元旦, 春节 ...)
 */
public record DayRule(LocalDate date, boolean offDay, String name) {

    public DayRule {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("day rule " + date + " has no holiday name");
        }
    }

    public static DayRule offDay(LocalDate date, String name) {
        return new DayRule(date, true, name);
    }

    public static DayRule makeUpWorkingDay(LocalDate date, String name) {
        return new DayRule(date, false, name);
    }

    /** A working day by order that falls on a weekend: the Saturdays and Sundays people work (调休). */
    public boolean isMakeUpWorkingDay() {
        return !offDay && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
    }
}
