package cn.xxgk.calendar.boundary;

import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.CalendarDay;
import cn.xxgk.calendar.entity.CalendarYear;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
 * <p>
 * Reading the calendar never waits: it is an immutable object behind a volatile field, replaced
 * whole by a rebuild. Only rebuilds wait for each other (bean-managed concurrency, a monitor), and
 * they read the tables while they wait. With the container's read/write lock (issue #13's stall)
 * the 30-second check held the write lock while it waited for a pool connection; the pool was taken
 * by intakes queued on the year's serial row, whose holder was itself waiting here to open its
 * deadlines: every intake stood still until the lock waits (50 s) and the pool's wait (60 s) ran out.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorkingDays {

    @PersistenceContext
    EntityManager em;

    private volatile WorkingDayCalendar calendar;
    private volatile String stamp;

    @PostConstruct
    void load() {
        rebuild();
    }

    /** The calendar as last built; never waits for a rebuild or for the database. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Rebuilds from the tables; called after every change of the calendar. */
    public synchronized WorkingDayCalendar rebuild() {
        List<CalendarDay> days = em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList();
        Set<Integer> years = em.createQuery("SELECT y.year FROM CalendarYear y", Integer.class).getResultStream()
                .collect(Collectors.toSet());
        WorkingDayCalendar rebuilt = WorkingDayCalendar.of(days.stream().map(CalendarDay::toRule).toList(), years);
        stamp = currentStamp();
        calendar = rebuilt;
        return rebuilt;
    }

    /** Another node may have changed the calendar. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, timezone = "Asia/Shanghai")
    synchronized void refreshIfChanged() {
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
    public List<CalendarYear> years() {
        return em.createQuery("SELECT y FROM CalendarYear y ORDER BY y.year", CalendarYear.class).getResultList();
    }
}
