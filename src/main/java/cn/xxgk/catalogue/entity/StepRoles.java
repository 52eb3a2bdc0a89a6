package cn.xxgk.catalogue.entity;

import static cn.xxgk.identity.entity.Role.DEPT_HEAD;
import static cn.xxgk.identity.entity.Role.DEPT_STAFF;
import static cn.xxgk.identity.entity.Role.DIRECTOR;
import static cn.xxgk.identity.entity.Role.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.SECRECY_OFFICER;

import cn.xxgk.identity.entity.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who takes each step of the item chain, in the words of the bureau's rules. The
 * boundary's checks ({@link GovInfo#possibleSteps}, the commands) and the screens (which forms to
 * show, which queue waits for whom) read it here; {@code @RolesAllowed} stays the container's
 * coarse gate. Department roles act only on their own department's items ({@link GovInfo}).
 */
public final class StepRoles {

    static final Set<Role> OFFICE = EnumSet.of(OFFICE_STAFF, OFFICE_HEAD);
    static final Set<Role> DEPARTMENT = EnumSet.of(DEPT_STAFF, DEPT_HEAD);

    /** Seed 一(三)3 and 三(三): the office head approves an exemption and its reason; office staff prepare it. */
    public static final Set<Role> EXEMPTION_APPROVERS = EnumSet.of(OFFICE_HEAD);

    private static final Map<ChainStep, Set<Role>> TABLE = new EnumMap<>(ChainStep.class);

    static {
        TABLE.put(ChainStep.CREATED, EnumSet.of(DEPT_STAFF));                 // seed 三(二): departments draft
        TABLE.put(ChainStep.EDITED, EnumSet.of(DEPT_STAFF));
        TABLE.put(ChainStep.CONFIRMED, EnumSet.of(DEPT_HEAD));                // 经处室（中心）负责人确认后报送
        TABLE.put(ChainStep.REVIEWED, OFFICE);                                // 办公室...审核 (exemption: the head)
        TABLE.put(ChainStep.CONSULTATION_SENT, OFFICE);                       // seed 一(三)3 咨询
        TABLE.put(ChainStep.CONSULTATION_ANSWERED, OFFICE);
        Set<Role> secrecy = EnumSet.of(OFFICE_STAFF, OFFICE_HEAD, SECRECY_OFFICER); // seed 三(一), 三(五)
        TABLE.put(ChainStep.SECRECY_PASSED, secrecy);
        TABLE.put(ChainStep.SECRECY_DOUBTFUL, secrecy);
        TABLE.put(ChainStep.CLASSIFIED, secrecy);
        TABLE.put(ChainStep.SIGNED_OFF, EnumSet.of(LEADER_IN_CHARGE, DIRECTOR)); // documents: below
        TABLE.put(ChainStep.CATALOGUED, OFFICE);                              // seed 一(三)4
        TABLE.put(ChainStep.AGENCY_CONFIRMED, OFFICE);                        // seed 二(三)4
        TABLE.put(ChainStep.PUBLISHED, OFFICE);
        TABLE.put(ChainStep.REVISED, EnumSet.of(DEPT_STAFF, OFFICE_STAFF, OFFICE_HEAD));
    }

    private StepRoles() {
    }

    /**
     * The roles that take a step on an item in a state: the table's row, narrowed where the rules
     * say more. A return goes back from the step of whoever holds the item; an official document
     * is signed by the principal leader (seed 三(四) "局主要领导在签发公文时，最终确定公文的属性"),
     * by the leader in charge only under the agency's delegation.
     */
    public static Set<Role> of(ChainStep step, GovInfoState state, boolean officialDocument,
                               Set<SignOffDelegation> delegations) {
        if (step == ChainStep.RETURNED) {
            return switch (state) {
                case DRAFT -> EnumSet.of(DEPT_HEAD);
                case CONFIRMED, REVIEWED -> OFFICE;
                case SECRECY_PASSED -> EnumSet.of(LEADER_IN_CHARGE, DIRECTOR);
                default -> Set.of();
            };
        }
        if (step == ChainStep.SIGNED_OFF && officialDocument
                && !delegations.contains(SignOffDelegation.OFFICIAL_DOCUMENTS_BY_LEADER_IN_CHARGE)) {
            return EnumSet.of(DIRECTOR);
        }
        return TABLE.getOrDefault(step, Set.of());
    }

    /** Whether the caller holds one of the roles; by a department role only on the department's own items. */
    static boolean permits(Set<Role> roles, Caller caller, Long itemDepartment) {
        Set<Role> qualifying = EnumSet.noneOf(Role.class);
        qualifying.addAll(roles);
        qualifying.retainAll(caller.roles());
        return !qualifying.isEmpty()
                && (!DEPARTMENT.containsAll(qualifying) || itemDepartment.equals(caller.departmentId()));
    }

    /** Whether a role takes this step in some state (for the queues: who waits where). */
    public static boolean mayEverTake(Role role, ChainStep step) {
        return TABLE.getOrDefault(step, Set.of()).contains(role);
    }
}
