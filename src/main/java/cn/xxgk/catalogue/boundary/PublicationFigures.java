package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.DISCIPLINE;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineState;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The year's publication record of every department, for the assessment of the departments (seed
 * 四): each proactive item published within the year, or still unpublished past its Art. 26
 * deadline, with the working days it was (or is) late — the same lateness as the 逾期发布 list — and
 * its key content category (seed 一(二)). Not limited to a caller's department: the leaders and the
 * discipline role see all departments.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, DISCIPLINE})
public class PublicationFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Deadlines deadlines;

    /** One item of the year's record; {@code published} false: still unpublished past its deadline. */
    public record Item(Long departmentId, KeyContentCategory category, boolean published, LocalDate publishedDate,
                       LocalDate dueDate, int workingDaysLate) {
    }

    public List<Item> ofYear(int year) {
        List<GovInfo> items = em.createQuery("""
                        SELECT g FROM GovInfo g WHERE g.review.attribute = :proactive AND g.state <> :classified
                        AND ((g.state = :published AND g.publication.publishedDate >= :from AND g.publication.publishedDate < :to)
                          OR (g.state <> :published AND g.publication.publicationDeadlineId IS NOT NULL))""", GovInfo.class)
                .setParameter("proactive", DisclosureAttribute.PROACTIVE)
                .setParameter("classified", GovInfoState.CLASSIFIED)
                .setParameter("published", GovInfoState.PUBLISHED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        Map<Long, DeadlineStatus> statuses = deadlines.statuses(items.stream()
                .map(GovInfo::getPublicationDeadlineId).filter(Objects::nonNull).toList());
        return items.stream().map(info -> {
            DeadlineStatus status = info.getPublicationDeadlineId() == null ? null : statuses.get(info.getPublicationDeadlineId());
            LocalDate due = status == null ? null : status.dueDate();
            boolean published = info.getState() == GovInfoState.PUBLISHED;
            int late = published ? deadlines.workingDaysLate(due, info.getPublishedDate())
                    : status != null && status.state() == DeadlineState.OVERDUE && due != null && due.getYear() <= year
                    ? -status.remainingWorkingDays() : 0;
            return new Item(info.getDepartmentId(), info.getKeyContentCategory(), published, info.getPublishedDate(), due, late);
        }).filter(item -> item.published() || item.workingDaysLate() > 0).toList();
    }
}
