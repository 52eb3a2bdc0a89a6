package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.DEPT_HEAD;
import static cn.xxgk.identity.entity.Role.Names.DEPT_STAFF;
import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.Names.SECRECY_OFFICER;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineState;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.catalogue.control.DepartmentScope;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.identity.boundary.Directory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The office's and the departments' views of the chain: how many items wait at each step, the
 * items of one step narrowed by a filter, and the list of what is late against its publication
 * deadline. Read only; every list is limited to the caller's {@link DepartmentScope}.
 */
@Stateless
@RolesAllowed({DEPT_STAFF, DEPT_HEAD, OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER})
public class GovInfoQueues {

    public static final int MAX_ROWS = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Directory directory;

    @Inject
    Deadlines deadlines;

    /** Items per state within the caller's scope; states without items are absent. */
    public Map<GovInfoState, Long> counts() {
        Map<GovInfoState, Long> counts = new EnumMap<>(GovInfoState.class);
        em.createQuery("""
                        SELECT g.state, COUNT(g) FROM GovInfo g WHERE (:department IS NULL OR g.departmentId = :department)
                        GROUP BY g.state""", Object[].class)
                .setParameter("department", scope().filter())
                .getResultList()
                .forEach(row -> counts.put((GovInfoState) row[0], (Long) row[1]))
        ;
        return counts;
    }

    /** The items of one step, oldest change first (the one waiting longest on top). */
    public List<QueueRow> find(QueueFilter filter, int max) {
        Objects.requireNonNull(filter.state(), "a queue is the items of one state");
        List<GovInfo> items = em.createQuery("""
                        SELECT g FROM GovInfo g WHERE g.state = :state
                        AND (:department IS NULL OR g.departmentId = :department)
                        AND (:wanted IS NULL OR g.departmentId = :wanted)
                        AND (:subject IS NULL OR g.drafting.subjectCategory = :subject)
                        AND (:title IS NULL OR g.drafting.title LIKE :title ESCAPE '!')
                        ORDER BY g.updatedAt, g.id""", GovInfo.class)
                .setParameter("state", filter.state())
                .setParameter("department", scope().filter())
                .setParameter("wanted", filter.departmentId())
                .setParameter("subject", filter.subject())
                .setParameter("title", filter.titlePattern())
                .setMaxResults(Math.max(1, Math.min(max, MAX_ROWS)))
                .getResultList();
        return rows(items, null);
    }

    /** The entries published in the year (every version), by id: what the archive seals at year end. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    public List<Long> publishedIds(int year) {
        return em.createQuery("""
                        SELECT g.id FROM GovInfo g WHERE g.publication.publishedDate >= :from
                        AND g.publication.publishedDate < :to AND g.publication.indexNumber IS NOT NULL ORDER BY g.id""", Long.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    /**
     * What is late against Art. 26's 20 working days: proactive items not yet published whose
     * deadline has passed, and items of the year published after their due date; latest first.
     */
    public List<QueueRow> late(int year) {
        List<GovInfo> candidates = em.createQuery("""
                        SELECT g FROM GovInfo g WHERE g.publication.publicationDeadlineId IS NOT NULL
                        AND g.review.attribute = :proactive AND g.state <> :classified
                        AND (:department IS NULL OR g.departmentId = :department)
                        AND (g.state <> :published OR (g.publication.publishedDate >= :from AND g.publication.publishedDate < :to))""",
                        GovInfo.class)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .setParameter("classified", GovInfoState.CLASSIFIED)
                .setParameter("published", GovInfoState.PUBLISHED)
                .setParameter("department", scope().filter())
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        List<QueueRow> late = new ArrayList<>(rows(candidates, year).stream().filter(row -> row.workingDaysLate() > 0)
                .toList());
        late.sort(Comparator.comparingInt(QueueRow::workingDaysLate).reversed()
                .thenComparing(row -> row.info().getId()));
        return late;
    }

    private List<QueueRow> rows(List<GovInfo> items, Integer lateYear) {
        Map<Long, DeadlineStatus> statuses = deadlines.statuses(items.stream()
                .map(GovInfo::getPublicationDeadlineId).filter(Objects::nonNull).toList());
        List<QueueRow> rows = new ArrayList<>(items.size());
        for (GovInfo info : items) {
            DeadlineStatus status = info.getPublicationDeadlineId() == null ? null
                    : statuses.get(info.getPublicationDeadlineId());
            rows.add(new QueueRow(info, directory.departmentName(info.getDepartmentId()), status,
                    workingDaysLate(info, status)));
        }
        return rows;
    }

    /** Published: working days between due date and publication; open: how far past due it is today. */
    private int workingDaysLate(GovInfo info, DeadlineStatus status) {
        if (status == null || status.dueDate() == null) {
            return 0;
        }
        if (info.getState() == GovInfoState.PUBLISHED) {
            return deadlines.workingDaysLate(status.dueDate(), info.getPublishedDate());
        }
        return status.state() == DeadlineState.OVERDUE ? -status.remainingWorkingDays() : 0;
    }

    private DepartmentScope scope() {
        return DepartmentScope.of(session, directory);
    }
}
