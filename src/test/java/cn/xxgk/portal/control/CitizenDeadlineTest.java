package cn.xxgk.portal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.calendar.control.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The calculator's periods over the bundled 2025 calendar (National Day and Mid-Autumn: 1–8 October
 * off, Saturday 11 October a working day). Expected dates from src/test/python/deadline_oracle.py.
 */
class CitizenDeadlineTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 30);

    @Test
    @DisplayName("Art. 33(2): the reply is due within 20 working days of receipt, the day of receipt not counted (Art. 31)")
    void art33ReplyWithin20WorkingDays() {
        assertEquals(LocalDate.of(2025, 11, 4), CitizenDeadline.REPLY.due(RECEIVED, CALENDAR));
        assertEquals(20, CitizenDeadline.REPLY.workingDays());
    }

    @Test
    @DisplayName("Art. 33(2): an extension adds at most 20 working days")
    void art33ExtensionAddsAtMost20WorkingDays() {
        assertEquals(LocalDate.of(2025, 12, 2), CitizenDeadline.REPLY_EXTENDED.due(RECEIVED, CALENDAR));
        assertEquals(40, CitizenDeadline.REPLY_EXTENDED.workingDays());
    }

    @Test
    @DisplayName("Art. 30: the one correction notice within 7 working days of receipt")
    void art30CorrectionNoticeWithin7WorkingDays() {
        assertEquals(LocalDate.of(2025, 10, 16), CitizenDeadline.CORRECTION_NOTICE.due(RECEIVED, CALENDAR));
    }

    @Test
    @DisplayName("Art. 26: proactive information is published within 20 working days of being formed")
    void art26PublicationWithin20WorkingDays() {
        assertEquals(LocalDate.of(2025, 11, 4), CitizenDeadline.PUBLICATION.due(RECEIVED, CALENDAR));
    }
}
