package cn.xxgk.catalogue.entity;

import cn.xxgk.platform.entity.StepRecord;
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

/** One step in an item's history: which step of the chain, on the common {@link StepRecord}. Immutable. */
@Entity
@Table(name = "gov_info_step")
public class GovInfoStep extends StepRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gov_info_id", nullable = false, updatable = false)
    private GovInfo govInfo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ChainStep step;

    protected GovInfoStep() {
    }

    GovInfoStep(GovInfo govInfo, ChainStep step, GovInfoState fromState, GovInfoState toState, String actor,
                String comment, LocalDateTime occurredAt, LocalDate statedOn) {
        super(fromState, toState, actor, comment, occurredAt, statedOn);
        this.govInfo = Objects.requireNonNull(govInfo);
        this.step = Objects.requireNonNull(step);
    }

    public ChainStep getStep() {
        return step;
    }

    public GovInfoState getFromState() {
        return fromStateName() == null ? null : GovInfoState.valueOf(fromStateName());
    }

    public GovInfoState getToState() {
        return GovInfoState.valueOf(toStateName());
    }
}
