package cn.xxgk.calendar.boundary;

import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.CalendarDay;
import cn.xxgk.calendar.entity.CalendarYear;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The current working-day calendar, built from the calendar tables and kept in memory (it is
 * read for every deadline). This node rebuilds it at once after its own changes; changes made on
 * another node are picked up by a check every 30 seconds of the tables' version stamp.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@PermitAll
public class WorkingDays {

    @PersistenceContext
    EntityManager em;

    private volatile WorkingDayCalendar calendar;
    private volatile String stamp;

    @PostConstruct
    void load() {
        rebuild();
    }

    @Lock(LockType.READ)
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Rebuilds from the tables; called after every change of the calendar. */
    @Lock(LockType.WRITE)
    public WorkingDayCalendar rebuild() {
        List<CalendarDay> days = em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList();
        Set<Integer> years = em.createQuery("SELECT y.year FROM CalendarYear y", Integer.class).getResultStream()
                .collect(Collectors.toSet());
        calendar = WorkingDayCalendar.of(days.stream().map(CalendarDay::toRule).toList(), years);
        stamp = currentStamp();
        return calendar;
    }

    /** Another node may have changed the calendar. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, timezone = "Asia/Shanghai")
    @Lock(LockType.WRITE)
    void refreshIfChanged() {
        if (!currentStamp().equals(stamp)) {
            rebuild();
        }
    }

    private String currentStamp() {
        Object[] days = em.createQuery("SELECT COUNT(d), MAX(d.updatedAt), SUM(d.version) FROM CalendarDay d", Object[].class)
                .getSingleResult();
        Object[] years = em.createQuery("SELECT COUNT(y), MAX(y.updatedAt) FROM CalendarYear y", Object[].class)
                .getSingleResult();
        return java.util.Arrays.toString(days) + java.util.Arrays.toString(years);
    }

    /** For the benchmark and the tests: which years are published. */
    @Lock(LockType.READ)
    public List<CalendarYear> years() {
        return em.createQuery("SELECT y FROM CalendarYear y ORDER BY y.year", CalendarYear.class).getResultList();
    }
}
