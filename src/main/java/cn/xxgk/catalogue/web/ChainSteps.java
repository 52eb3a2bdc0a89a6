package cn.xxgk.catalogue.web;

import static cn.xxgk.catalogue.entity.GovInfoState.CATALOGUED;
import static cn.xxgk.catalogue.entity.GovInfoState.CONFIRMED;
import static cn.xxgk.catalogue.entity.GovInfoState.CONSULTATION;
import static cn.xxgk.catalogue.entity.GovInfoState.DRAFT;
import static cn.xxgk.catalogue.entity.GovInfoState.REVIEWED;
import static cn.xxgk.catalogue.entity.GovInfoState.SECRECY_DOUBTFUL;
import static cn.xxgk.catalogue.entity.GovInfoState.SECRECY_PASSED;
import static cn.xxgk.catalogue.entity.GovInfoState.SIGNED_OFF;

import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.identity.entity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which steps of the chain wait for which roles, for the screens only: the queue a person
 * opens first, the home page's tasks, which action forms an item page shows. The boundary
 * decides what is allowed; this only chooses what to offer.
 */
public final class ChainSteps {

    /** The states in the order of the chain, as the queue's tabs show them. */
    public static final List<GovInfoState> ORDER = List.of(GovInfoState.values());

    static final Map<Role, Set<GovInfoState>> WAITING_FOR = Map.of(
            Role.DEPT_STAFF, EnumSet.of(DRAFT),
            Role.DEPT_HEAD, EnumSet.of(DRAFT),
            Role.OFFICE_STAFF, EnumSet.of(CONFIRMED, CONSULTATION, SIGNED_OFF, CATALOGUED),
            Role.OFFICE_HEAD, EnumSet.of(CONFIRMED, CONSULTATION, SIGNED_OFF, CATALOGUED),
            Role.SECRECY_OFFICER, EnumSet.of(REVIEWED, SECRECY_DOUBTFUL),
            Role.LEADER_IN_CHARGE, EnumSet.of(SECRECY_PASSED),
            Role.DIRECTOR, EnumSet.of(SECRECY_PASSED));

    private ChainSteps() {
    }

    /** The states where something waits for a person holding the given roles. */
    public static Set<GovInfoState> waitingFor(Predicate<Role> holds) {
        Set<GovInfoState> states = EnumSet.noneOf(GovInfoState.class);
        WAITING_FOR.forEach((role, waiting) -> {
            if (holds.test(role)) {
                states.addAll(waiting);
            }
        });
        return states;
    }

    /** The queue to open first: the earliest step of the chain that waits for this person. */
    public static GovInfoState firstQueue(Predicate<Role> holds) {
        return ORDER.stream().filter(waitingFor(holds)::contains).findFirst().orElse(GovInfoState.PUBLISHED);
    }
}
