package cn.xxgk.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.calendar.control.WorkingDayCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReminderSettingsTest {

    private final ReminderSettings settings = settings("5,2", 60);

    static ReminderSettings settings(String before, int retrySeconds) {
        ReminderSettings s = new ReminderSettings();
        s.before = before;
        s.retrySeconds = retrySeconds;
        s.claimSeconds = 300;
        s.batch = 100;
        s.planBatch = 2000;
        return s;
    }

    @ParameterizedTest(name = "{0} working days left: {1}")
    @CsvSource({
            "9, ",
            "6, ",
            "5, BEFORE_5",
            "4, BEFORE_5",     // the day with 5 left was missed (node down): still reminded
            "3, BEFORE_5",
            "2, BEFORE_2",
            "1, BEFORE_2",
            "0, DUE_TODAY",
            "-1, OVERDUE",
            "-12, OVERDUE"
    })
    void theReminderDueDependsOnTheWorkingDaysLeft(int remaining, String expected) {
        Optional<ReminderKind> kind = settings.kindFor(remaining);

        assertEquals(Optional.ofNullable(expected), kind.map(ReminderKind::code));
    }

    @Test
    void thePointsAreConfigurable() {
        ReminderSettings three = settings("10, 3", 60);

        assertEquals(10, three.horizon());
        assertEquals(Optional.of("BEFORE_10"), three.kindFor(8).map(ReminderKind::code));
        assertEquals(Optional.of("BEFORE_3"), three.kindFor(3).map(ReminderKind::code));
    }

    @Test
    void retriesBackOffDoublingUpToAnHour() {
        assertEquals(Duration.ofSeconds(60), settings.retryDelay(1));
        assertEquals(Duration.ofSeconds(120), settings.retryDelay(2));
        assertEquals(Duration.ofSeconds(480), settings.retryDelay(4));
        assertEquals(Duration.ofHours(1), settings.retryDelay(30));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "2026-09-28, 2026-10-08, 3",   // Mon 28, Tue 29, Wed 30 Sep, then National Day to Oct 7; Thu Oct 8
            "2026-10-08, 2026-10-08, 0",
            "2026-10-09, 2026-10-08, -1",  // the next day: one working day late
            "2026-10-12, 2026-10-08, -3",  // Oct 9, the make-up Saturday Oct 10, Oct 12
            "2026-10-11, 2026-10-08, -2"   // a Sunday: Oct 9 and Oct 10 have passed
    })
    void remainingWorkingDaysCountTheCalendar(String today, String due, int expected) {
        assertEquals(expected, RemainingDays.between(WorkingDayCalendar.bundled(), LocalDate.parse(today), LocalDate.parse(due)));
    }
}
