package cn.xxgk.portal.boundary;

import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.portal.control.CitizenDeadline;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The public due-date calculator over the bureau's working-day calendar: the period asked for, from
 * the day given, with a warning when the calendar has no published holiday arrangement for a day it
 * counted (then weekdays are assumed).
 */
@Stateless
@PermitAll
public class DueDates {

    /** The field's name in messages: the date the period starts. */
    static final String FIELD = "起算日";

    @Inject
    WorkingDays workingDays;

    public Result due(String periodName, String startText) {
        CitizenDeadline period = parsePeriod(periodName);
        if (startText == null || startText.isBlank()) {
            throw new InvalidInputException("portal.calculator.dateRequired");
        }
        LocalDate start = InputRules.isoDate(startText.strip(), FIELD);
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate due = period.due(start, calendar);
        return new Result(period, start, due, calendar.hasProvisionalDay(start, due) || calendar.isProvisional(due));
    }

    private static CitizenDeadline parsePeriod(String name) {
        if (name == null || name.isBlank()) {
            return CitizenDeadline.REPLY;
        }
        try {
            return CitizenDeadline.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("portal.calculator.unknownPeriod");
        }
    }

    /** The answer: the period, its start, its last day, and whether an unpublished year was counted. */
    public record Result(CitizenDeadline period, LocalDate start, LocalDate due, boolean provisional) {
    }
}
