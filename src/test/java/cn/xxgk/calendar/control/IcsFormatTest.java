package cn.xxgk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IcsFormatTest {

    static final String ICS = """
            BEGIN:VCALENDAR
            VERSION:2.0
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270101
            DTEND;VALUE=DATE:20270104
            SUMMARY:元旦 假期
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270206
            DTEND;VALUE=DATE:20270207
            SUMMARY:春节 补班
            END:VEVENT
            END:VCALENDAR
            """;

    @Test
    void daysOffAndMakeUpDaysAreRead() {
        YearArrangement arrangement = IcsFormat.parse(ICS, 2027, "2027.ics");

        assertEquals(4, arrangement.rules().size());
        DayRule newYear = arrangement.rules().getFirst();
        assertEquals(LocalDate.of(2027, 1, 1), newYear.date());
        assertTrue(newYear.offDay());
        assertEquals("元旦", newYear.name());
        DayRule makeUp = arrangement.rules().getLast();
        assertEquals(LocalDate.of(2027, 2, 6), makeUp.date());
        assertFalse(makeUp.offDay());
        assertEquals("春节", makeUp.name());
    }

    @Test
    void aDayBothOffAndWorkingIsRefusedNamingTheLine() {
        String contradicting = ICS.replace("END:VCALENDAR", """
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270102
                SUMMARY:元旦 补班
                END:VEVENT
                END:VCALENDAR""");

        HolidayDataException refused = assertThrows(HolidayDataException.class,
                () -> IcsFormat.parse(contradicting, 2027, "bad.ics"));
        assertTrue(refused.getMessage().contains("line 13"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2027-01-02"), refused.getMessage());
    }

    @Test
    void notAnICalendarFileIsRefused() {
        assertThrows(HolidayDataException.class, () -> IcsFormat.parse("hello", 2027, "x.ics"));
        assertThrows(HolidayDataException.class, () -> IcsFormat.parse(ICS, 2029, "2027.ics"), "another year");
        HolidayDataException badDate = assertThrows(HolidayDataException.class,
                () -> IcsFormat.parse(ICS.replace("20270206", "2027XX06"), 2027, "x.ics"));
        assertTrue(badDate.getMessage().contains("line 9"), badDate.getMessage());
    }
}
