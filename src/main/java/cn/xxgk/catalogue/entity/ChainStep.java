package cn.xxgk.catalogue.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps recorded in an item's history (gov_info_step); each is one command of the chain, taken
 * from the states listed here (who takes it: {@link StepRoles}). CREATED, SECRECY_ANSWERED and
 * IMPORTED (an entry of a historical catalogue, published before the system) are recorded only,
 * never taken on an existing item.
 */
public enum ChainStep {
    CREATED(),
    EDITED(GovInfoState.DRAFT),
    CONFIRMED(GovInfoState.DRAFT),
    RETURNED(GovInfoState.DRAFT, GovInfoState.CONFIRMED, GovInfoState.REVIEWED, GovInfoState.SECRECY_PASSED),
    REVIEWED(GovInfoState.CONFIRMED),
    CONSULTATION_SENT(GovInfoState.CONFIRMED),
    CONSULTATION_ANSWERED(GovInfoState.CONSULTATION),
    SECRECY_PASSED(GovInfoState.REVIEWED, GovInfoState.SECRECY_DOUBTFUL),
    SECRECY_DOUBTFUL(GovInfoState.REVIEWED),
    SECRECY_ANSWERED(),
    CLASSIFIED(GovInfoState.REVIEWED, GovInfoState.SECRECY_DOUBTFUL),
    SIGNED_OFF(GovInfoState.SECRECY_PASSED),
    CATALOGUED(GovInfoState.SIGNED_OFF),
    AGENCY_CONFIRMED(GovInfoState.DRAFT, GovInfoState.CONFIRMED, GovInfoState.CONSULTATION, GovInfoState.REVIEWED,
            GovInfoState.SECRECY_DOUBTFUL, GovInfoState.SECRECY_PASSED, GovInfoState.SIGNED_OFF, GovInfoState.CATALOGUED),
    PUBLISHED(GovInfoState.CATALOGUED),
    REVISED(GovInfoState.PUBLISHED),
    IMPORTED();

    private final Set<GovInfoState> from;

    ChainStep(GovInfoState... from) {
        this.from = from.length == 0 ? Set.of() : EnumSet.of(from[0], from);
    }

    /** Whether the step may be taken on an item in this state. */
    public boolean isTakenFrom(GovInfoState state) {
        return from.contains(state);
    }
}
