package cn.xxgk.calendar.control;

import static cn.xxgk.calendar.control.DeadlineState.DUE_SOON;
import static cn.xxgk.calendar.control.DeadlineState.DUE_TODAY;
import static cn.xxgk.calendar.control.DeadlineState.ON_TRACK;
import static cn.xxgk.calendar.control.DeadlineState.OVERDUE;
import static cn.xxgk.calendar.control.DeadlineState.PAUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal deadlines on the bundled data. Expected dates were checked against the holiday-cn files
 * by an independent day-by-day count (a Python script), not with this code.
 */
class LegalClockTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate due(LegalClock clock) {
        return clock.dueDate(CALENDAR).orElseThrow();
    }

    @ParameterizedTest(name = "{0} from {1}: due {2}")
    @CsvSource({
            "REPLY, 2024-03-01, 2024-03-29",
            "PUBLICATION, 2026-12-01, 2026-12-29",
            "CORRECTION_NOTICE, 2024-01-26, 2024-02-05", // make-up Sunday 02-04 counts
            "THIRD_PARTY_ANSWER, 2024-09-30, 2024-10-25", // National Day 2024, make-up Saturday 10-12
            "INTER_AGENCY_ANSWER, 2024-09-30, 2024-10-25",
    })
    void eachKindRunsItsOwnNumberOfWorkingDays(DeadlineKind kind, LocalDate start, LocalDate expected) {
        assertEquals(expected, due(LegalClock.start(kind, start)));
    }

    @Test
    void theWorkingDaysBetweenSendingAConsultationAndTheAnswerAreNotCounted() {
        // 5 working days counted by 03-08; 03-11..03-20 left out; 15 more after 03-20, across
        // Qingming 04-04..06 and the make-up Sunday 04-07.
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2024-03-01"))
                .pausedOn(date("2024-03-08"))
                .resumedOn(date("2024-03-20"));

        assertEquals(date("2024-04-11"), due(clock));
        assertEquals(5, clock.countedWorkingDays(CALENDAR, date("2024-03-20")), "the answer day is not counted");
        assertEquals(6, clock.countedWorkingDays(CALENDAR, date("2024-03-21")));
    }

    @Test
    void twoPausesAcrossNationalDay() {
        // 7 counted by 09-10, 5 more by 09-26; the second pause swallows the make-up Sunday 09-28
        // and the holiday; the make-up Saturday 10-11 is day 13.
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2025-09-01"))
                .pausedOn(date("2025-09-10")).resumedOn(date("2025-09-19"))
                .pausedOn(date("2025-09-26")).resumedOn(date("2025-10-10"));

        assertEquals(date("2025-10-21"), due(clock));
    }

    @Test
    void aPauseAnsweredTheSameDayChangesNothing() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2025-09-01"))
                .pausedOn(date("2025-09-10")).resumedOn(date("2025-09-10"));

        assertEquals(date("2025-09-28"), due(clock), "due on the make-up Sunday, as without the pause");
    }

    @Test
    void aPauseFromTheLastDayDefersTheReplyToTheAnswerDay() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2025-03-03"));
        assertEquals(date("2025-03-31"), due(clock));

        assertEquals(date("2025-04-09"), due(clock.pausedOn(date("2025-03-31")).resumedOn(date("2025-04-09"))));
        // An answer on Saturday 04-05 (Qingming): the next working day.
        assertEquals(date("2025-04-07"), due(clock.pausedOn(date("2025-03-31")).resumedOn(date("2025-04-05"))));
    }

    @Test
    void aPauseOnTheWeekendBeforeAMondayDueDateStillSuspendsIt() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2025-03-03"))
                .pausedOn(date("2025-03-29")).resumedOn(date("2025-04-09"));

        assertEquals(date("2025-04-10"), due(clock));
    }

    @Test
    void aConsultationSentAfterTheDueDateDoesNotMoveIt() {
        LegalClock late = LegalClock.start(DeadlineKind.REPLY, date("2025-03-03")).pausedOn(date("2025-04-01"));

        assertEquals(Optional.of(date("2025-03-31")), late.dueDate(CALENDAR));
        assertEquals(OVERDUE, late.statusOn(CALENDAR, date("2025-04-03")).state());
    }

    @Test
    void whilePausedTheDueDateIsUnknownAndTheRemainingDaysStandStill() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2024-03-01")).pausedOn(date("2024-03-08"));

        assertTrue(clock.isPaused());
        assertEquals(Optional.empty(), clock.dueDate(CALENDAR));
        assertEquals(new DeadlineStatus(PAUSED, null, 15, false), clock.statusOn(CALENDAR, date("2024-03-25")));
        assertEquals(new DeadlineStatus(PAUSED, null, 15, false), clock.statusOn(CALENDAR, date("2024-04-30")));
        assertEquals(ON_TRACK, clock.statusOn(CALENDAR, date("2024-03-08")).state(), "the sending day still runs");
    }

    @Test
    void pausesMustFollowTheStartAndEachOther() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2024-03-01"));

        assertThrows(IllegalArgumentException.class, () -> clock.pausedOn(date("2024-02-29")));
        assertThrows(IllegalStateException.class, () -> clock.resumedOn(date("2024-03-05")));
        assertThrows(IllegalStateException.class, () -> clock.pausedOn(date("2024-03-04")).pausedOn(date("2024-03-05")));
        assertThrows(IllegalArgumentException.class, () -> clock.pausedOn(date("2024-03-04")).resumedOn(date("2024-03-01")));
        LegalClock resumed = clock.pausedOn(date("2024-03-04")).resumedOn(date("2024-03-08"));
        assertThrows(IllegalArgumentException.class, () -> resumed.pausedOn(date("2024-03-07")));
    }

    @Test
    void aCorrectedRequestStartsAFullNewPeriodFromTheCorrection() {
        LegalClock original = LegalClock.start(DeadlineKind.REPLY, date("2024-03-01"))
                .pausedOn(date("2024-03-05")).resumedOn(date("2024-03-08"))
                .extendedBy(10);

        LegalClock restarted = original.restartedOn(date("2024-04-15"));

        assertEquals(LegalClock.start(DeadlineKind.REPLY, date("2024-04-15")), restarted);
        assertEquals(date("2024-05-14"), due(restarted), "Labour Day 05-01..05 and make-up Saturday 05-11");
    }

    @Test
    void extensionsAddUpToTwentyWorkingDays() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2025-11-03"));
        assertEquals(date("2025-12-01"), due(clock));

        LegalClock extended = clock.extendedBy(15);
        assertEquals(date("2025-12-22"), due(extended));
        assertEquals(date("2025-12-29"), due(extended.extendedBy(5)));
        assertEquals(40, extended.extendedBy(5).totalWorkingDays());
    }

    @Test
    void anExtensionBeyondTheCapIsRefused() {
        LegalClock extended = LegalClock.start(DeadlineKind.REPLY, date("2025-11-03")).extendedBy(15);

        ExtensionRefusedException refused = assertThrows(ExtensionRefusedException.class, () -> extended.extendedBy(10));
        assertEquals("cannot extend REPLY by 10 working days: 15 already granted, at most 20 in total", refused.getMessage());
        assertEquals(15, extended.extensionWorkingDays(), "the refused request changed nothing");
        assertThrows(ExtensionRefusedException.class, () -> LegalClock.start(DeadlineKind.REPLY, date("2025-11-03")).extendedBy(21));
        assertThrows(ExtensionRefusedException.class, () -> LegalClock.start(DeadlineKind.PUBLICATION, date("2025-11-03")).extendedBy(1));
        assertThrows(IllegalArgumentException.class, () -> extended.extendedBy(0));
    }

    // Reply received Friday 2024-03-01, due Friday 2024-03-29; Qingming is 2024-04-04..06, 04-07 a make-up Sunday.
    @ParameterizedTest(name = "on {0}: {1}, {2} working days left")
    @CsvSource({
            "2024-02-28, ON_TRACK, 20", // before the start nothing has run
            "2024-03-01, ON_TRACK, 20",
            "2024-03-21, ON_TRACK, 6",
            "2024-03-22, DUE_SOON, 5",
            "2024-03-23, DUE_SOON, 5", // a Saturday keeps Friday's count
            "2024-03-25, DUE_SOON, 4",
            "2024-03-28, DUE_SOON, 1",
            "2024-03-29, DUE_TODAY, 0",
            "2024-03-30, OVERDUE, -1", // the Saturday after: late, though no working day has passed
            "2024-04-01, OVERDUE, -1",
            "2024-04-02, OVERDUE, -2",
            "2024-04-08, OVERDUE, -5",
    })
    void theStateFollowsTheRemainingWorkingDays(LocalDate day, DeadlineState state, int remaining) {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2024-03-01"));

        assertEquals(new DeadlineStatus(state, date("2024-03-29"), remaining, false), clock.statusOn(CALENDAR, day));
        assertEquals(remaining, clock.remainingWorkingDays(CALENDAR, day));
    }

    @Test
    void theDueSoonThresholdIsConfigurable() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2024-03-01"));

        assertEquals(DUE_SOON, clock.statusOn(CALENDAR, date("2024-03-21"), 6).state());
        assertEquals(ON_TRACK, clock.statusOn(CALENDAR, date("2024-03-22"), 4).state());
        assertEquals(DUE_TODAY, clock.statusOn(CALENDAR, date("2024-03-29"), 0).state());
        assertThrows(IllegalArgumentException.class, () -> clock.statusOn(CALENDAR, date("2024-03-21"), -1));
    }

    @Test
    void aDeadlineRunningIntoAnUnpublishedYearIsProvisional() {
        DeadlineStatus intoJanuary = LegalClock.start(DeadlineKind.REPLY, date("2026-12-15")).statusOn(CALENDAR, date("2026-12-16"));
        assertEquals(date("2027-01-12"), intoJanuary.dueDate(), "2027-01-01 counts as a plain Friday");
        assertTrue(intoJanuary.provisional());

        DeadlineStatus within2026 = LegalClock.start(DeadlineKind.REPLY, date("2026-11-02")).statusOn(CALENDAR, date("2026-11-03"));
        assertEquals(date("2026-11-30"), within2026.dueDate());
        assertFalse(within2026.provisional());

        DeadlineStatus into2028 = LegalClock.start(DeadlineKind.REPLY, date("2027-12-20")).statusOn(CALENDAR, date("2027-12-21"));
        assertEquals(date("2028-01-17"), into2028.dueDate());
        assertTrue(into2028.provisional());
    }

    @Test
    void aNewlyPublishedYearMovesTheOpenDeadlinesAndEndsTheirProvisionalFlag() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2026-12-15"));
        List<YearArrangement> years = new ArrayList<>(HolidayCnFormat.bundled());
        years.removeIf(arrangement -> arrangement.year() == 2027);
        years.add(new YearArrangement(2027, List.of(DayRule.offDay(date("2027-01-01"), "元旦"))));

        WorkingDayCalendar with2027 = WorkingDayCalendar.of(years);
        DeadlineStatus recomputed = clock.statusOn(with2027, date("2026-12-16"));

        assertEquals(date("2027-01-13"), recomputed.dueDate());
        assertFalse(recomputed.provisional());
        assertEquals(date("2027-01-12"), due(clock), "the clock itself kept no date");
    }

    @Test
    void aPausedClockIsProvisionalWhenTheDaysCountedSoFarReachAnUnpublishedYear() {
        LegalClock clock = LegalClock.start(DeadlineKind.REPLY, date("2026-12-28")).pausedOn(date("2027-01-05"));

        assertTrue(clock.statusOn(CALENDAR, date("2027-01-10")).provisional());
    }
}
