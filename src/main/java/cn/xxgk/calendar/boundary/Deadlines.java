package cn.xxgk.calendar.boundary;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.calendar.control.ExtensionRefusedException;
import cn.xxgk.calendar.control.LegalClock;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.calendar.control.OpenDeadlines;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.platform.boundary.SchemaMigration;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The legal deadlines of the other components: a publication (catalogue) or a request attaches
 * its deadline here and tells it what happened (pause for a consultation, extension, restart
 * after a correction, close). The role checks belong to the calling component's boundary, which
 * knows who may extend a request; this boundary only keeps the clock right.
 */
@Stateless
@PermitAll
public class Deadlines {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDays workingDays;

    @Inject
    OpenDeadlines openDeadlines;

    @Inject
    Clock clock;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /** Opens a deadline for a subject, e.g. ("DisclosureRequest", "2026-0012", REPLY, accepted on, handler). */
    public Deadline open(String subjectType, String subjectId, DeadlineKind kind, LocalDate start, String responsible) {
        Deadline deadline = new Deadline(subjectType, subjectId, LegalClock.start(kind, start), responsible,
                workingDays.calendar(), LocalDateTime.now(clock));
        em.persist(deadline);
        return deadline;
    }

    public Deadline pause(long id, LocalDate day, String reason) {
        Deadline deadline = find(id);
        deadline.pause(day, reason, workingDays.calendar());
        return deadline;
    }

    public Deadline resume(long id, LocalDate day) {
        Deadline deadline = find(id);
        deadline.resume(day, workingDays.calendar());
        return deadline;
    }

    /** Refused (nothing changes) beyond the kind's cap, e.g. more than 20 working days for a reply. */
    public Deadline extend(long id, int workingDaysMore) {
        Deadline deadline = find(id);
        try {
            deadline.extend(workingDaysMore, workingDays.calendar());
        } catch (ExtensionRefusedException | IllegalArgumentException beyondCap) {
            throw new InvalidInputException("deadline.extension.refused", deadline.getKind().extensionCap());
        }
        return deadline;
    }

    public Deadline restart(long id, LocalDate day) {
        Deadline deadline = find(id);
        deadline.restart(day, workingDays.calendar());
        return deadline;
    }

    /** The person the reminders go to, e.g. a request's new handler. */
    public Deadline assign(long id, String responsible) {
        Deadline deadline = find(id);
        deadline.assignTo(responsible);
        return deadline;
    }

    public void close(long id) {
        find(id).close(LocalDateTime.now(clock));
    }

    public DeadlineStatus status(long id) {
        return find(id).statusOn(workingDays.calendar(), LocalDate.now(clock));
    }

    /**
     * The status of several deadlines today, in one query (a queue or list shows dozens): by id.
     * Closed ones are included with their last due date, so a caller can tell how late a closing was.
     */
    public Map<Long, DeadlineStatus> statuses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate today = LocalDate.now(clock);
        Map<Long, DeadlineStatus> result = new HashMap<>();
        em.createQuery("SELECT d FROM Deadline d WHERE d.id IN :ids", Deadline.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .forEach(d -> result.put(d.getId(), d.statusOn(calendar, today)));
        return result;
    }

    /** Working days from a due date to the day something was done: 0 when on time, n when n working days late. */
    public int workingDaysLate(LocalDate dueDate, LocalDate doneOn) {
        if (dueDate == null || doneOn == null || !doneOn.isAfter(dueDate)) {
            return 0;
        }
        return workingDays.calendar().countWorkingDays(dueDate, doneOn);
    }

    /** Recomputes every open deadline against the current calendar; returns those that moved. */
    public List<MovedDeadline> recomputeAll() {
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            return openDeadlines.recompute(connection, workingDays.calendar());
        } catch (SQLException e) {
            throw new IllegalStateException("recomputing the deadlines failed", e);
        }
    }

    private Deadline find(long id) {
        Deadline deadline = em.find(Deadline.class, id);
        if (deadline == null) {
            throw new InvalidInputException("deadline.notFound");
        }
        return deadline;
    }
}
