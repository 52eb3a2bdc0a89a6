package cn.xxgk.portal.control;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.control.LegalClock;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The periods the due-date calculator offers the public, each with its article: the reply to a
 * request (Art. 33(2): 20 working days from receipt), the reply when extended (Art. 33(2): at most 20
 * more), the one correction notice (Art. 30: 7 working days from receipt), and the publication of
 * proactive information (Art. 26: 20 working days from its forming or change). The day the period
 * starts is not counted (Art. 31; the calendar's LegalClock), the numbers are those of DeadlineKind.
 */
public enum CitizenDeadline {

    REPLY(DeadlineKind.REPLY, 0, "第三十三条第二款"),
    REPLY_EXTENDED(DeadlineKind.REPLY, DeadlineKind.REPLY.extensionCap(), "第三十三条第二款"),
    CORRECTION_NOTICE(DeadlineKind.CORRECTION_NOTICE, 0, "第三十条"),
    PUBLICATION(DeadlineKind.PUBLICATION, 0, "第二十六条");

    private final DeadlineKind kind;
    private final int extension;
    private final String article;

    CitizenDeadline(DeadlineKind kind, int extension, String article) {
        this.kind = kind;
        this.extension = extension;
        this.article = article;
    }

    /** The last day of the period that starts on {@code start} (itself not counted). */
    public LocalDate due(LocalDate start, WorkingDayCalendar calendar) {
        LegalClock clock = LegalClock.start(kind, start);
        if (extension > 0) {
            clock = clock.extendedBy(extension);
        }
        return clock.dueDate(calendar).orElseThrow();
    }

    public int workingDays() {
        return kind.workingDays() + extension;
    }

    public String article() {
        return article;
    }
}
