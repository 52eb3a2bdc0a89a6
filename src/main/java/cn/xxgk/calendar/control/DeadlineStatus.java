package cn.xxgk.calendar.control;

import java.time.LocalDate;

/**
 * A deadline as seen on one day, computed from a calendar; recomputed, never stored.
 *
 * @param state                where the deadline stands
 * @param dueDate              the last working day of the period; null while an open pause hides it
 * @param remainingWorkingDays working days left after the day; 0 on the due date, negative once overdue
 * @param provisional          some day the computation relied on lies in a year whose arrangement is
 *                             not published, so the due date may move when it is
 */
public record DeadlineStatus(DeadlineState state, LocalDate dueDate, int remainingWorkingDays, boolean provisional) {
}
