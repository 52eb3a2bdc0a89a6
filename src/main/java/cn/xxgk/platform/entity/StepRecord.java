package cn.xxgk.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step in the history of an aggregate's state machine: who took it, when it was recorded,
 * from which state to which (by the states' names, so that any enum fits), an optional comment,
 * and, where the office records a past event (a letter signed for last week), the stated day it
 * happened next to the real moment of recording. Both stay visible: the stated day never replaces
 * the recording time.
 *
 * <p>Append-only: every column is {@code updatable = false}, there are no setters, and the
 * table's triggers refuse UPDATE and DELETE. A subclass is the {@code @Entity} with its table, the
 * link to its aggregate and the kind of step (e.g. {@code GovInfoStep} with its {@code ChainStep});
 * a table with other column names maps them with {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class StepRecord {

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_state", updatable = false, length = 24)
    private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false, length = 24)
    private String toState;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(updatable = false, length = MAX_COMMENT)
    private String comment;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "stated_on", updatable = false)
    private LocalDate statedOn;

    protected StepRecord() {
    }

    /**
     * @param fromState null for the first step
     * @param comment   blank is no comment; a longer one is cut at {@link #MAX_COMMENT}
     * @param statedOn  the day the recorded event happened, when the user stated one; else null
     */
    protected StepRecord(Enum<?> fromState, Enum<?> toState, String actor, String comment, LocalDateTime occurredAt,
                         LocalDate statedOn) {
        this.fromState = fromState == null ? null : fromState.name();
        this.toState = Objects.requireNonNull(toState).name();
        this.actor = Objects.requireNonNull(actor);
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        this.comment = c == null || c.length() <= MAX_COMMENT ? c : c.substring(0, MAX_COMMENT);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.statedOn = statedOn;
    }

    public Long getId() {
        return id;
    }

    protected String fromStateName() {
        return fromState;
    }

    protected String toStateName() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    /** When the step was recorded: the real moment, whatever day the user stated. */
    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    /** The day the recorded event happened as the user stated it, or null when it happened at recording. */
    public LocalDate getStatedOn() {
        return statedOn;
    }

    /** The day the step counts from: the stated day, or the day of recording. */
    public LocalDate effectiveDay() {
        return statedOn != null ? statedOn : occurredAt.toLocalDate();
    }
}
