package cn.xxgk.catalogue.entity;

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
import java.time.LocalDateTime;
import java.util.Objects;

/** One step in an item's history: what was done, from which state to which, by whom, why. Immutable. */
@Entity
@Table(name = "gov_info_step")
public class GovInfoStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gov_info_id", nullable = false, updatable = false)
    private GovInfo govInfo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ChainStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 24)
    private GovInfoState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 24)
    private GovInfoState toState;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(updatable = false, length = 2000)
    private String comment;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected GovInfoStep() {
    }

    GovInfoStep(GovInfo govInfo, ChainStep step, GovInfoState fromState, GovInfoState toState, String actor,
                String comment, LocalDateTime occurredAt) {
        this.govInfo = Objects.requireNonNull(govInfo);
        this.step = Objects.requireNonNull(step);
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState);
        this.actor = Objects.requireNonNull(actor);
        this.comment = comment;
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    public Long getId() {
        return id;
    }

    public ChainStep getStep() {
        return step;
    }

    public GovInfoState getFromState() {
        return fromState;
    }

    public GovInfoState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }
}
