package cn.xxgk.request.entity;

import cn.xxgk.platform.entity.StepRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step in a request's timeline (the history every aggregate keeps, {@link StepRecord}): what
 * was done, from which state to which, by whom, and the reply due date after it, so that every
 * change of the deadline can be read back. Immutable once stored (the table refuses updates and
 * deletes).
 */
@Entity
@Table(name = "request_step")
@AttributeOverride(name = "fromState", column = @Column(name = "from_state", updatable = false, length = 32))
@AttributeOverride(name = "toState", column = @Column(name = "to_state", nullable = false, updatable = false, length = 32))
public class TimelineEntry extends StepRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private DisclosureRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private RequestStep step;

    @Column(name = "reply_due_on", updatable = false)
    private LocalDate replyDueOn;

    protected TimelineEntry() {
    }

    TimelineEntry(DisclosureRequest request, RequestStep step, RequestState fromState, RequestState toState,
                  String actor, String comment, LocalDateTime occurredAt, LocalDate statedOn) {
        super(fromState, toState, actor, shortened(comment), occurredAt, statedOn);
        this.request = Objects.requireNonNull(request);
        this.step = Objects.requireNonNull(step);
    }

    /** The comment stripped, empty as null, cut to the length of a text of the form. */
    private static String shortened(String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return text != null && text.length() > RequestForm.MAX_TEXT ? text.substring(0, RequestForm.MAX_TEXT) : text;
    }

    /** Only before the entry is stored: the boundary learns the new due date after the step. */
    void stampReplyDue(LocalDate due) {
        if (getId() != null) {
            throw new IllegalStateException("timeline entry " + getId() + " is already stored");
        }
        this.replyDueOn = due;
    }

    boolean isStored() {
        return getId() != null;
    }

    public RequestStep getStep() { return step; }
    public RequestState getFromState() { return fromStateName() == null ? null : RequestState.valueOf(fromStateName()); }
    public RequestState getToState() { return RequestState.valueOf(toStateName()); }
    public LocalDate getReplyDueOn() { return replyDueOn; }

    /** The stated day differs from the day the step was recorded: a past event recorded later, both dates to be shown. */
    public boolean isRecordedLater() {
        return getStatedOn() != null && !getStatedOn().equals(getOccurredAt().toLocalDate());
    }
}
