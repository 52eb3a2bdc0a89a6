package cn.xxgk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Art. 31: which day each channel starts the reply clock from; due dates checked by an independent count. */
class ClockStartTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    private static LocalDate replyDue(ClockStart start) {
        return LegalClock.start(DeadlineKind.REPLY, start).dueDate(CALENDAR).orElseThrow();
    }

    @Test
    void inPersonStartsOnTheDaySubmitted() {
        ClockStart start = ClockStart.inPerson(LocalDate.of(2024, 9, 27));

        assertEquals(new ClockStart(Channel.IN_PERSON, LocalDate.of(2024, 9, 27)), start);
        assertEquals(LocalDate.of(2024, 10, 30), replyDue(start));
    }

    @Test
    void postStartsOnTheDaySignedForEvenOnAMakeUpSunday() {
        ClockStart start = ClockStart.byPost(LocalDate.of(2025, 9, 28));

        assertEquals(LocalDate.of(2025, 9, 28), start.date());
        assertEquals(LocalDate.of(2025, 10, 31), replyDue(start));
    }

    @Test
    void onlineFaxAndEmailStartWhenBothSidesHaveConfirmed() {
        ClockStart online = ClockStart.confirmed(Channel.ONLINE, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9));
        ClockStart fax = ClockStart.confirmed(Channel.FAX, LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 6));
        ClockStart email = ClockStart.confirmed(Channel.EMAIL, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9));
        ClockStart plainLetter = ClockStart.confirmed(Channel.POST, LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 7));

        assertEquals(LocalDate.of(2025, 10, 9), online.date());
        assertEquals(LocalDate.of(2025, 11, 5), replyDue(online));
        assertEquals(LocalDate.of(2024, 5, 7), fax.date(), "the applicant confirmed the fax a day after it was logged");
        assertEquals(LocalDate.of(2024, 6, 3), replyDue(fax));
        assertEquals(online.date(), email.date());
        assertEquals(LocalDate.of(2024, 5, 7), plainLetter.date());
    }

    @Test
    void aForwardedRequestStartsOnTheDayOfTheHandover() {
        ClockStart start = ClockStart.forwarded(LocalDate.of(2023, 12, 29));

        assertEquals(Channel.FORWARDED, start.channel());
        assertEquals(LocalDate.of(2024, 1, 29), replyDue(start), "across New Year 2024");
    }

    @Test
    void inPersonAndForwardedRequestsHaveNoConfirmationRule() {
        assertThrows(IllegalArgumentException.class,
                () -> ClockStart.confirmed(Channel.IN_PERSON, LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 7)));
        assertThrows(IllegalArgumentException.class,
                () -> ClockStart.confirmed(Channel.FORWARDED, LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 7)));
    }
}
