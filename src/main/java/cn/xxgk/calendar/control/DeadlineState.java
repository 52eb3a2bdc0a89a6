package cn.xxgk.calendar.control;

/** Where a deadline stands on a given day, as reminders and the overdue list show it. */
public enum DeadlineState {
    /** More working days left than the due-soon threshold. */
    ON_TRACK,
    /** At most the threshold of working days left (5 unless configured), but not due today. */
    DUE_SOON,
    /** Today is the last working day of the period. */
    DUE_TODAY,
    /** The due date has passed. */
    OVERDUE,
    /** The clock stands still while a consultation runs (Arts. 32-34). */
    PAUSED
}
