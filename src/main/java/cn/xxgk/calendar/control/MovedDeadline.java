package cn.xxgk.calendar.control;

import java.time.LocalDate;

/** An open deadline whose due date a calendar change moved; the office is shown every one. */
public record MovedDeadline(long id, String subjectType, String subjectId, DeadlineKind kind,
                            LocalDate oldDue, LocalDate newDue, boolean provisional) {
}
