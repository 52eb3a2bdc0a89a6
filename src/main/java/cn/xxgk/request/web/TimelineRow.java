package cn.xxgk.request.web;

import cn.xxgk.request.entity.RequestStep;
import cn.xxgk.request.entity.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A step of a request's timeline: the entry, its detail in the reader's language, whether it moved the reply due date. */
public record TimelineRow(TimelineEntry entry, String detail, boolean dueMoved) {

    /**
     * The rows of a timeline, newest first; each says whether it moved the reply due date. A
     * hand-over records the new handler's username, which {@code nameOf} turns into the name the
     * reader knows; {@code bundle} gives the texts of the details.
     */
    static List<TimelineRow> of(List<TimelineEntry> entries, UnaryOperator<String> nameOf, UnaryOperator<String> bundle) {
        List<TimelineRow> rows = new ArrayList<>();
        LocalDate due = null;
        for (TimelineEntry e : entries) {
            boolean moved = e.getReplyDueOn() != null && !Objects.equals(e.getReplyDueOn(), due);
            if (e.getReplyDueOn() != null) {
                due = e.getReplyDueOn();
            }
            String comment = e.getStep() == RequestStep.ASSIGNED ? nameOf.apply(e.getComment()) : e.getComment();
            rows.add(new TimelineRow(e, TimelineText.detail(e.getStep(), comment, bundle), moved));
        }
        return rows.reversed();
    }
}
