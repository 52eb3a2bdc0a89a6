package cn.xxgk.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step in a request's timeline: what was done, from which state to which, by whom, and the
 * reply due date after it, so that every change of the deadline can be read back. Immutable once
 * stored (the table refuses updates and deletes).
 */
@Entity
@Table(name = "request_step")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private DisclosureRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private RequestStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 32)
    private RequestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 32)
    private RequestState toState;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(updatable = false, length = 2000)
    private String comment;

    @Column(name = "reply_due_on", updatable = false)
    private LocalDate replyDueOn;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    /** The day the office states the step happened, when it typed one (a letter signed for last week); null: the day recorded. */
    @Column(name = "stated_on", updatable = false)
    private LocalDate statedOn;

    protected TimelineEntry() {
    }

    TimelineEntry(DisclosureRequest request, RequestStep step, RequestState fromState, RequestState toState,
                  String actor, String comment, LocalDateTime occurredAt, LocalDate statedOn) {
        this.request = Objects.requireNonNull(request);
        this.step = Objects.requireNonNull(step);
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState);
        this.actor = Objects.requireNonNull(actor);
        this.comment = comment;
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.statedOn = statedOn;
    }

    /** Only before the entry is stored: the boundary learns the new due date after the step. */
    void stampReplyDue(LocalDate due) {
        if (id != null) {
            throw new IllegalStateException("timeline entry " + id + " is already stored");
        }
        this.replyDueOn = due;
    }

    boolean isStored() {
        return id != null;
    }

    public Long getId() { return id; }
    public RequestStep getStep() { return step; }
    public RequestState getFromState() { return fromState; }
    public RequestState getToState() { return toState; }
    public String getActor() { return actor; }
    public String getComment() { return comment; }
    public LocalDate getReplyDueOn() { return replyDueOn; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public LocalDate getStatedOn() { return statedOn; }

    /** The stated day differs from the day the step was recorded: a past event recorded later, both dates to be shown. */
    public boolean isRecordedLater() {
        return statedOn != null && !statedOn.equals(occurredAt.toLocalDate());
    }
}
