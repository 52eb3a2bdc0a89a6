package cn.xxgk.catalogue.control;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.catalogue.entity.GovInfo;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * An item's publication deadline in the calendar component (Art. 26: "自该政府信息形成或者变更之日起
 * 20个工作日内"): opened from the written date (a new version: from the day of the change),
 * restarted when the written date is corrected, closed when the item is published or will never be.
 */
@Dependent
public class PublicationDeadline {

    public static final String SUBJECT_TYPE = "GovInfo";

    @Inject
    Deadlines deadlines;

    /** Opens the deadline from a day (the item must have its id: persisted and flushed). */
    public void open(EntityManager em, GovInfo info, LocalDate start, String responsible) {
        Deadline deadline = deadlines.open(SUBJECT_TYPE, info.getId().toString(), DeadlineKind.PUBLICATION, start,
                responsible);
        em.flush(); // the deadline's identity is known after the insert
        info.attachPublicationDeadline(deadline.getId());
        em.flush();
    }

    /** The information was formed on another day than recorded: the 20 working days count from that day. */
    public void restart(GovInfo info, LocalDate start) {
        if (info.getPublicationDeadlineId() != null) {
            deadlines.restart(info.getPublicationDeadlineId(), start);
        }
    }

    public void close(GovInfo info) {
        if (info.getPublicationDeadlineId() != null) {
            deadlines.close(info.getPublicationDeadlineId());
        }
    }
}
