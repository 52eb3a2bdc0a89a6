package cn.xxgk.calendar.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days (工作日): a weekday that is not a public holiday, or a weekend day
 * the State Council made a make-up working day (调休). A year whose arrangement is not published
 * is counted on weekdays alone and reported as provisional.
 *
 * <p>Immutable. When the office imports a new year, a new calendar is built and every open
 * deadline recomputed from it; nothing here remembers a computed date. The years that have rules
 * or a published arrangement are precomputed into a sorted array of their working days, so adding
 * or counting working days is a binary search, and outside those years a constant-time weekday
 * formula: a benchmark recomputing 100,000 deadlines should not notice the calendar.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, DayRule> rules;
    private final Set<Integer> publishedYears;

    /* The precomputed span [firstDay, endDay) in epoch days: whole years from the first to the last year with data. */
    private final long firstDay;
    private final long endDay;
    private final BitSet workingInSpan;
    private final int[] workingDaysInSpan;

    private WorkingDayCalendar(Map<LocalDate, DayRule> rules, Set<Integer> publishedYears) {
        this.rules = Map.copyOf(rules);
        this.publishedYears = Set.copyOf(publishedYears);
        TreeSet<Integer> years = new TreeSet<>(publishedYears);
        rules.keySet().forEach(date -> years.add(date.getYear()));
        if (years.isEmpty()) {
            firstDay = 0;
            endDay = 0;
        } else {
            firstDay = LocalDate.of(years.first(), 1, 1).toEpochDay();
            endDay = LocalDate.of(years.last() + 1, 1, 1).toEpochDay();
        }
        workingInSpan = new BitSet((int) (endDay - firstDay));
        int[] working = new int[(int) (endDay - firstDay)];
        int count = 0;
        for (long day = firstDay; day < endDay; day++) {
            DayRule rule = rules.get(LocalDate.ofEpochDay(day));
            boolean isWorking = rule == null ? Weekdays.isWeekday(day) : !rule.offDay();
            if (isWorking) {
                workingInSpan.set((int) (day - firstDay));
                working[count++] = (int) day;
            }
        }
        workingDaysInSpan = Arrays.copyOf(working, count);
    }

    /**
     * A calendar from day rules and the years whose arrangement is published. A date given twice
     * must mean the same thing both times.
     */
    public static WorkingDayCalendar of(Collection<DayRule> rules, Set<Integer> publishedYears) {
        Map<LocalDate, DayRule> byDate = new HashMap<>();
        for (DayRule rule : rules) {
            DayRule earlier = byDate.putIfAbsent(rule.date(), rule);
            if (earlier != null && earlier.offDay() != rule.offDay()) {
                throw new HolidayDataException("day rules", -1, rule.date() + " is given both as a day off and as a working day");
            }
        }
        return new WorkingDayCalendar(byDate, publishedYears);
    }

    /**
     * A calendar from yearly arrangements, e.g. the files of {@link HolidayCnFormat}. A day may be
     * listed by two years' notices (a New Year holiday spans both); they must then agree.
     */
    public static WorkingDayCalendar of(Collection<YearArrangement> arrangements) {
        List<YearArrangement> byYear = new ArrayList<>(arrangements);
        byYear.sort(Comparator.comparingInt(YearArrangement::year));
        Map<LocalDate, DayRule> byDate = new HashMap<>();
        Map<LocalDate, Integer> listedBy = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        Set<Integer> published = new HashSet<>();
        for (YearArrangement arrangement : byYear) {
            if (!years.add(arrangement.year())) {
                throw new HolidayDataException("year " + arrangement.year(), -1, "the year's arrangement is given twice");
            }
            if (arrangement.isPublished()) {
                published.add(arrangement.year());
            }
            for (DayRule rule : arrangement.rules()) {
                DayRule earlier = byDate.putIfAbsent(rule.date(), rule);
                listedBy.putIfAbsent(rule.date(), arrangement.year());
                if (earlier != null && earlier.offDay() != rule.offDay()) {
                    throw new HolidayDataException("year " + arrangement.year(), -1, rule.date()
                            + " contradicts the arrangement of " + listedBy.get(rule.date()));
                }
            }
        }
        return new WorkingDayCalendar(byDate, published);
    }

    /** The calendar of the arrangements bundled with the application ({@link HolidayCnFormat#bundled()}). */
    public static WorkingDayCalendar bundled() {
        return of(HolidayCnFormat.bundled());
    }

    /** Weekdays alone, every year provisional: for a bureau that has loaded no arrangement. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(Map.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        long day = date.toEpochDay();
        if (day >= firstDay && day < endDay) {
            return workingInSpan.get((int) (day - firstDay));
        }
        return Weekdays.isWeekday(day);
    }

    /** True when the date's year has no published arrangement, so only weekdays count there. */
    public boolean isProvisional(LocalDate date) {
        return !publishedYears.contains(date.getYear());
    }

    /** True when any day after {@code afterExclusive} up to {@code untilInclusive} is {@link #isProvisional provisional}. */
    public boolean hasProvisionalDay(LocalDate afterExclusive, LocalDate untilInclusive) {
        if (!untilInclusive.isAfter(afterExclusive)) {
            return false;
        }
        for (int year = afterExclusive.plusDays(1).getYear(); year <= untilInclusive.getYear(); year++) {
            if (!publishedYears.contains(year)) {
                return true;
            }
        }
        return false;
    }

    /** The holiday a rule gives the date (a day off or its make-up working day), or null for an ordinary day. */
    public String nameOf(LocalDate date) {
        DayRule rule = rules.get(date);
        return rule == null ? null : rule.name();
    }

    public Set<Integer> publishedYears() {
        return publishedYears;
    }

    /**
     * The day on which {@code n} working days have passed after {@code start}. The start day itself
     * is not counted (Art. 31: the day of receipt is not counted), so day 1 is the first working day
     * after it, whatever kind of day the start is; {@code n == 0} gives the start day.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
        }
        if (n == 0) {
            return start;
        }
        return LocalDate.ofEpochDay(workingDayOfRank(rank(start.toEpochDay()) + n));
    }

    /** The day itself if it is a working day, else the next working day. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }

    /** How many working days lie after {@code afterExclusive} up to and including {@code untilInclusive}; 0 if none. */
    public int countWorkingDays(LocalDate afterExclusive, LocalDate untilInclusive) {
        long count = rank(untilInclusive.toEpochDay()) - rank(afterExclusive.toEpochDay());
        return (int) Math.max(0, count);
    }

    /*
     * The number of working days on or before the day, from the start of the precomputed span;
     * negative before it. Before and after the span only weekdays count.
     */
    private long rank(long day) {
        if (day < firstDay) {
            return Weekdays.rank(day) - Weekdays.rank(firstDay - 1);
        }
        if (day < endDay) {
            int index = Arrays.binarySearch(workingDaysInSpan, (int) day);
            return index >= 0 ? index + 1 : -index - 1;
        }
        return workingDaysInSpan.length + Weekdays.rank(day) - Weekdays.rank(endDay - 1);
    }

    /* The working day of the given rank: the inverse of rank() on working days. */
    private long workingDayOfRank(long rank) {
        if (rank <= 0) {
            return Weekdays.weekdayOfRank(rank + Weekdays.rank(firstDay - 1));
        }
        if (rank <= workingDaysInSpan.length) {
            return workingDaysInSpan[(int) rank - 1];
        }
        return Weekdays.weekdayOfRank(rank - workingDaysInSpan.length + Weekdays.rank(endDay - 1));
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[published=" + new TreeSet<>(publishedYears) + ", rules=" + rules.size() + "]";
    }
}
