package cn.xxgk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day calendar on the bundled 2019-2027 data. Every expected date was checked against
 * the holiday-cn files by an independent day-by-day count (a Python script), not with this code.
 */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2019-01-25 | 20 | 2019-02-27 | Spring Festival 2019, make-up Sat 02-02 and Sun 02-03
            2019-09-20 | 20 | 2019-10-23 | National Day 2019, make-up Sun 09-29 and Sat 10-12
            2020-01-20 | 20 | 2020-02-25 | Spring Festival 2020 extended to 02-02
            2020-04-30 |  7 | 2020-05-13 | Labour Day 2020, make-up Sat 05-09
            2020-09-25 | 20 | 2020-10-29 | eight days of National Day and Mid-Autumn 2020
            2021-02-05 | 20 | 2021-03-10 | Spring Festival 2021, make-up Sun 02-07 and Sat 02-20
            2021-09-17 | 15 | 2021-10-14 | Mid-Autumn and National Day 2021
            2022-09-28 |  7 | 2022-10-12 | National Day 2022, make-up Sat 10-08 and Sun 10-09
            2023-01-16 | 20 | 2023-02-16 | Spring Festival 2023, make-up Sat 01-28 and Sun 01-29
            2023-09-25 | 20 | 2023-10-27 | Mid-Autumn and National Day 2023, make-up Sat 10-07 and Sun 10-08
            2024-02-01 | 20 | 2024-03-05 | Spring Festival 2024, make-up Sun 02-04 and Sun 02-18
            2024-09-27 | 20 | 2024-10-30 | National Day 2024, make-up Sun 09-29 and Sat 10-12
            2025-01-20 | 20 | 2025-02-21 | Spring Festival 2025, make-up Sun 01-26 and Sat 02-08
            2025-09-26 | 20 | 2025-10-30 | National Day and Mid-Autumn 2025, make-up Sun 09-28 and Sat 10-11
            2026-02-09 | 20 | 2026-03-13 | Spring Festival 2026, make-up Sat 02-14 and Sat 02-28
            2026-09-18 | 20 | 2026-10-22 | National Day 2026, make-up Sun 09-20 and Sat 10-10
            2019-12-20 | 20 | 2020-01-19 | across New Year into 2020, due on the make-up Sunday 01-19
            2023-12-25 |  7 | 2024-01-04 | across New Year into 2024
            2022-12-30 |  1 | 2023-01-03 | 2022-12-31 is a day off listed in the 2023 file
            2018-12-28 |  1 | 2018-12-29 | a make-up Saturday listed in the 2019 file
            2024-03-09 |  1 | 2024-03-11 | received on a Saturday
            2025-10-03 |  1 | 2025-10-09 | received on a holiday
            2024-02-04 |  1 | 2024-02-05 | received on a make-up Sunday
            2024-05-20 |  0 | 2024-05-20 | nothing to add
            """)
    void addsWorkingDaysWithHolidaysAndMakeUpDays(LocalDate start, int n, LocalDate expected, String why) {
        assertEquals(expected, CALENDAR.addWorkingDays(start, n), why);
        assertEquals(n, CALENDAR.countWorkingDays(start, expected), why);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2019-02-02, true", // Saturday, make-up day for Spring Festival
            "2019-02-03, true", // Sunday, make-up day
            "2020-01-31, false", // Friday, Spring Festival 2020 extended
            "2020-02-03, true", // Monday, back to work, listed as a working day
            "2023-10-07, true", // Saturday, make-up day
            "2024-02-18, true", // Sunday, make-up day
            "2024-10-07, false", // Monday, National Day
            "2025-10-08, false", // Wednesday, National Day and Mid-Autumn
            "2026-01-04, true", // Sunday, make-up day for New Year
            "2026-10-04, false", // Sunday, plain weekend inside the holiday
            "2024-03-06, true", // ordinary Wednesday
            "2024-03-09, false", // ordinary Saturday
            "2027-01-01, true", // Friday of an unpublished year: weekdays alone count
            "2028-10-02, true", // Monday of an unpublished year
    })
    void tellsWorkingDays(LocalDate date, boolean working) {
        assertEquals(working, CALENDAR.isWorkingDay(date));
    }

    @Test
    void namesTheHolidayOfADay() {
        assertEquals("春节", CALENDAR.nameOf(LocalDate.of(2026, 2, 17)));
        assertEquals("国庆节、中秋节", CALENDAR.nameOf(LocalDate.of(2025, 10, 8)));
        assertEquals("元旦", CALENDAR.nameOf(LocalDate.of(2018, 12, 29)), "make-up days carry the holiday's name too");
        assertNull(CALENDAR.nameOf(LocalDate.of(2024, 3, 6)));
    }

    @Test
    void yearsWithoutPublishedArrangementAreProvisional() {
        assertEquals(Set.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), CALENDAR.publishedYears());
        assertFalse(CALENDAR.isProvisional(LocalDate.of(2026, 12, 31)));
        assertTrue(CALENDAR.isProvisional(LocalDate.of(2027, 1, 1)), "2027.json has no days yet");
        assertTrue(CALENDAR.isProvisional(LocalDate.of(2028, 6, 1)));
        assertTrue(CALENDAR.isProvisional(LocalDate.of(2018, 12, 29)), "2018 is known only by the days the 2019 notice lists");
        assertTrue(CALENDAR.hasProvisionalDay(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4)));
        assertFalse(CALENDAR.hasProvisionalDay(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertFalse(CALENDAR.hasProvisionalDay(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5)), "an empty span has no day");
    }

    @ParameterizedTest(name = "{0} + {1} = {2} on weekdays alone")
    @CsvSource({
            "2026-12-21, 20, 2027-01-18", // 2027-01-01 (Friday) counts: the 2027 arrangement is not published
            "2028-01-27, 20, 2028-02-24", // across 2028's Spring Festival, unknown yet
            "2027-12-20, 20, 2028-01-17",
    })
    void unpublishedYearsCountWeekdaysAlone(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, CALENDAR.addWorkingDays(start, n));
        assertTrue(CALENDAR.hasProvisionalDay(start, expected));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.addWorkingDays(LocalDate.of(2024, 1, 2), -1));
    }

    @Test
    void firstWorkingDayFromSkipsDaysOff() {
        assertEquals(LocalDate.of(2025, 10, 9), CALENDAR.firstWorkingDayFrom(LocalDate.of(2025, 10, 1)));
        assertEquals(LocalDate.of(2025, 9, 28), CALENDAR.firstWorkingDayFrom(LocalDate.of(2025, 9, 28)));
    }

    @Test
    void aCalendarWithoutDataCountsWeekdaysEverywhere() {
        WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();

        assertEquals(LocalDate.of(2025, 10, 24), weekdays.addWorkingDays(LocalDate.of(2025, 9, 26), 20));
        assertTrue(weekdays.isProvisional(LocalDate.of(2025, 9, 26)));
    }

    @Test
    void rulesFromDifferentYearsMustAgree() {
        var december = new YearArrangement(2026, List.of(DayRule.offDay(LocalDate.of(2027, 1, 1), "元旦")));
        var january = new YearArrangement(2027, List.of(DayRule.makeUpWorkingDay(LocalDate.of(2027, 1, 1), "元旦")));

        HolidayDataException refused = assertThrows(HolidayDataException.class,
                () -> WorkingDayCalendar.of(List.of(december, january)));
        assertTrue(refused.getMessage().contains("2027-01-01"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2026"), refused.getMessage());
    }

    /*
     * The fast lookup (binary search inside the data years, a formula outside) against a plain
     * day-by-day walk, over every start from mid-2017 to mid-2030 and every length up to 45.
     */
    @Test
    void fastArithmeticAgreesWithCountingDayByDay() {
        for (LocalDate start = LocalDate.of(2017, 6, 1); start.isBefore(LocalDate.of(2030, 7, 1)); start = start.plusDays(1)) {
            LocalDate walked = start;
            for (int n = 1; n <= 45; n++) {
                walked = walked.plusDays(1);
                while (!CALENDAR.isWorkingDay(walked)) {
                    walked = walked.plusDays(1);
                }
                LocalDate from = start;
                int days = n;
                assertEquals(walked, CALENDAR.addWorkingDays(from, days), () -> from + " + " + days);
            }
            assertEquals(45, CALENDAR.countWorkingDays(start, walked));
        }
    }
}
