package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.entity.ChainStep;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.StepRoles;
import cn.xxgk.identity.entity.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which states wait for which roles, for the screens only: the queue a person opens first, the
 * home page's tasks. Derived from the one table of the chain ({@link StepRoles}: who takes each
 * step; {@link ChainStep}: from which states): a state waits for a role when a step that moves
 * the item on is that role's. Returns, the other agency's confirmation and a new version can
 * happen but nothing waits for them. Which forms an item page shows is the item's own answer
 * ({@code GovInfo.possibleSteps}).
 */
public final class ChainSteps {

    /** The states in the order of the chain, as the queue's tabs show them. */
    public static final List<GovInfoState> ORDER = List.of(GovInfoState.values());

    /** Steps that only may happen: nothing waits in a queue for them. */
    static final Set<ChainStep> ASIDE = EnumSet.of(ChainStep.RETURNED, ChainStep.AGENCY_CONFIRMED, ChainStep.REVISED);

    static final Map<Role, Set<GovInfoState>> WAITING_FOR = waitingTable();

    private ChainSteps() {
    }

    private static Map<Role, Set<GovInfoState>> waitingTable() {
        Map<Role, Set<GovInfoState>> table = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Set<GovInfoState> states = EnumSet.noneOf(GovInfoState.class);
            for (ChainStep step : ChainStep.values()) {
                if (!ASIDE.contains(step) && StepRoles.mayEverTake(role, step)) {
                    ORDER.stream().filter(step::isTakenFrom).forEach(states::add);
                }
            }
            table.put(role, states);
        }
        return table;
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
