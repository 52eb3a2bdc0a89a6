package cn.xxgk.calendar.control;

import java.util.List;
import java.util.Objects;

/**
 * The holiday arrangement the State Council published for one year, as read from one file.
 * Its rules may include days of the neighbouring years (a December make-up day announced with
 * the next year's New Year holiday). An arrangement without any day is a placeholder for a year
 * whose notice has not come out yet: no real year passes without Spring Festival and National Day,
 * so an empty list can only mean "not published", and that year stays provisional.
 *
 * @param year  the year the notice is for
 * @param rules the days it fixes, each date at most once
 */
public record YearArrangement(int year, List<DayRule> rules) {

    public YearArrangement {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public boolean isPublished() {
        return !rules.isEmpty();
    }
}
