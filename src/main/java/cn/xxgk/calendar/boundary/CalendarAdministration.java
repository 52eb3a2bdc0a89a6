package cn.xxgk.calendar.boundary;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.control.DayRule;
import cn.xxgk.calendar.control.HolidayCnFormat;
import cn.xxgk.calendar.control.HolidayDataException;
import cn.xxgk.calendar.control.IcsFormat;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.calendar.control.YearArrangement;
import cn.xxgk.calendar.entity.CalendarDay;
import cn.xxgk.calendar.entity.CalendarYear;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The office keeps the working-day calendar: imports a year's arrangement (holiday-cn JSON or
 * iCalendar) or changes a single day with a reason. Every change is audited, rebuilds the
 * calendar and recomputes all open deadlines at once; the office is told which due dates moved.
 * A bad file is refused as a whole, naming the entry or line at fault; nothing is half-imported
 * (one transaction).
 */
@Stateless
@RolesAllowed({Role.Names.OFFICE_STAFF, Role.Names.OFFICE_HEAD})
public class CalendarAdministration {

    /** Largest import accepted: a year's arrangement is a few kilobytes. */
    static final int MAX_FILE_BYTES = 512 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDays workingDays;

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The rules of a year, for the calendar screen. */
    public List<CalendarDay> daysOf(int year) {
        return em.createNamedQuery(CalendarDay.OF_YEAR, CalendarDay.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    public CalendarYear yearRecord(int year) {
        return em.find(CalendarYear.class, year);
    }

    @Audited(action = "CALENDAR_IMPORT", objectType = "CalendarYear")
    public List<MovedDeadline> importYear(int year, String fileName, byte[] content) {
        YearArrangement arrangement = parse(year, fileName, content);
        LocalDateTime now = LocalDateTime.now(clock);
        String by = session.getCallerPrincipal().getName();
        for (CalendarDay old : daysOf(year)) {
            em.remove(old);
        }
        em.flush();
        for (DayRule rule : arrangement.rules()) {
            CalendarDay existing = em.find(CalendarDay.class, rule.date());
            if (existing == null) {
                em.persist(new CalendarDay(rule, "导入 " + fileName, by, now));
            } else {
                existing.change(rule, "导入 " + fileName, by, now);
            }
        }
        CalendarYear record = em.find(CalendarYear.class, year);
        if (record == null) {
            em.persist(new CalendarYear(year, fileName, by, now));
        } else {
            record.record(fileName, by, now);
        }
        return recalculate();
    }

    /**
     * Sets one day: OFF (a day off), WORKING (a working day), or DEFAULT (back to the weekday rule).
     * A day off or a working day names its holiday ({@link DayRule}); every change gives a reason.
     */
    @Audited(action = "CALENDAR_DAY_CHANGE", objectType = "CalendarDay")
    public List<MovedDeadline> changeDay(LocalDate day, DayType type, String name, String reason, Long seenVersion) {
        if (day == null || type == null) {
            throw new InvalidInputException("calendar.day.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("calendar.day.reasonRequired");
        }
        if (reason.strip().length() > CalendarDay.MAX_REASON_LENGTH) {
            throw new InvalidInputException("calendar.day.reasonTooLong", CalendarDay.MAX_REASON_LENGTH);
        }
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing != null && seenVersion != null) {
            ConcurrentChangeException.check("CalendarDay", day, seenVersion, existing.getVersion());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String by = session.getCallerPrincipal().getName();
        if (type == DayType.DEFAULT) {
            if (existing != null) {
                em.remove(existing);
            }
        } else {
            DayRule rule = new DayRule(day, type == DayType.OFF, name);
            if (existing == null) {
                em.persist(new CalendarDay(rule, reason.strip(), by, now));
            } else {
                existing.change(rule, reason.strip(), by, now);
            }
        }
        return recalculate();
    }

    private List<MovedDeadline> recalculate() {
        em.flush();
        workingDays.rebuild();
        return deadlines.recomputeAll();
    }

    static YearArrangement parse(int year, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("calendar.import.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException("calendar.import.tooLarge");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        String text = new String(content, StandardCharsets.UTF_8);
        try {
            YearArrangement arrangement;
            if (name.endsWith(".ics")) {
                arrangement = IcsFormat.parse(text, year, fileName);
            } else if (name.endsWith(".json")) {
                arrangement = HolidayCnFormat.parse(text, fileName);
            } else {
                throw new InvalidInputException("calendar.import.type");
            }
            if (arrangement.year() != year) {
                throw new InvalidInputException("calendar.import.wrongYear", String.valueOf(arrangement.year()),
                        String.valueOf(year));
            }
            if (!arrangement.isPublished()) {
                throw new InvalidInputException("calendar.import.noDays", String.valueOf(year));
            }
            return arrangement;
        } catch (HolidayDataException bad) {
            throw new InvalidInputException("calendar.import.invalid", bad.getMessage());
        }
    }

    /** What a single day is set to. */
    public enum DayType {
        OFF, WORKING, DEFAULT
    }
}
