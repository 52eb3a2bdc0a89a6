package cn.xxgk.calendar.control;

import cn.xxgk.platform.control.InvalidInputException;
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
 * @param name   the holiday the rule belongs to, as the notice names it (元旦, 春节 ...); required, at
 *               most {@value #MAX_NAME_LENGTH} characters, kept without surrounding blanks. A day the
 *               office sets without a name (or with a longer one) is input it can correct
 *               ({@link InvalidInputException}, shown at the name field or as a 400 problem).
 */
public record DayRule(LocalDate date, boolean offDay, String name) {

    public static final String NAME_REQUIRED = "calendar.day.nameRequired";
    public static final String NAME_TOO_LONG = "calendar.day.nameTooLong";
    /** The length of calendar_day.name. */
    public static final int MAX_NAME_LENGTH = 50;

    public DayRule {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(NAME_REQUIRED);
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(NAME_TOO_LONG, MAX_NAME_LENGTH);
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
