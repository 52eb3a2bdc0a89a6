package cn.xxgk.request.entity;

import static cn.xxgk.identity.entity.Role.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.OFFICE_STAFF;
import static cn.xxgk.request.entity.RequestState.ABANDONED;
import static cn.xxgk.request.entity.RequestState.ACCEPTED;
import static cn.xxgk.request.entity.RequestState.AGENCY_CONSULTATION;
import static cn.xxgk.request.entity.RequestState.AWAITING_CORRECTION;
import static cn.xxgk.request.entity.RequestState.CLOSED;
import static cn.xxgk.request.entity.RequestState.NOT_A_REQUEST;
import static cn.xxgk.request.entity.RequestState.RECEIVED;
import static cn.xxgk.request.entity.RequestState.REPLIED;
import static cn.xxgk.request.entity.RequestState.THIRD_PARTY_CONSULTATION;

import cn.xxgk.identity.entity.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of the procedure's commands on a request: in which states each may be taken and
 * who takes it. The office (staff and head) handles requests, a member of staff only those it
 * handles, the head any (to take over or stand in); the office head alone decides an extension
 * (Art. 33(2) "经政府信息公开工作机构负责人同意"). The entity adds each step's own conditions
 * ({@link DisclosureRequest#possibleSteps}); the boundary checks the caller here, the screens show
 * the forms of the steps possible, by {@link #form()}; {@code @RolesAllowed} stays the coarse gate.
 */
public enum ProcedureStep {
    ACCEPT("accept", EnumSet.of(RECEIVED)),
    CORRECTION_NOTICE("correctionNotice", EnumSet.of(ACCEPTED)),
    CORRECTION_RECEIVED("correctionReceived", EnumSet.of(AWAITING_CORRECTION)),
    ABANDON("abandon", EnumSet.of(AWAITING_CORRECTION)),
    CONSULT("consult", EnumSet.of(ACCEPTED)),
    LETTER_RECEIVED("letterReceived", EnumSet.of(THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION)),
    ANSWER("answer", EnumSet.of(THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION)),
    OVERRIDE("override", EnumSet.of(ACCEPTED)),
    EXTENSION_REQUEST("extensionRequest", EnumSet.of(ACCEPTED, THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION)),
    EXTENSION_DECISION("extensionDecision", EnumSet.of(ACCEPTED, THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION),
            EnumSet.of(OFFICE_HEAD)),
    ASK_REASONS("askReasons", EnumSet.of(ACCEPTED)),
    REPLY("reply", EnumSet.of(ACCEPTED)),
    DELIVERY("delivery", EnumSet.of(REPLIED)),
    MARK_NOT_A_REQUEST("notARequest", EnumSet.of(RECEIVED, ACCEPTED)),
    REPEAT("repeat", EnumSet.of(RECEIVED, ACCEPTED, AWAITING_CORRECTION, THIRD_PARTY_CONSULTATION,
            AGENCY_CONSULTATION, REPLIED)),
    SPLIT("split", EnumSet.of(RECEIVED, ACCEPTED)),
    REPORT_BACK("reportBack", EnumSet.of(REPLIED, CLOSED, ABANDONED, NOT_A_REQUEST)),
    /** The hand-over to another handler, until the reply. */
    ASSIGN("assign", EnumSet.of(RECEIVED, ACCEPTED, AWAITING_CORRECTION, THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION));

    private final String form;
    private final Set<RequestState> states;
    private final Set<Role> roles;

    ProcedureStep(String form, Set<RequestState> states) {
        this(form, states, EnumSet.of(OFFICE_STAFF, OFFICE_HEAD));
    }

    ProcedureStep(String form, Set<RequestState> states, Set<Role> roles) {
        this.form = form;
        this.states = states;
        this.roles = roles;
    }

    /** The name of the step's form on the request page. */
    public String form() {
        return form;
    }

    public static ProcedureStep ofForm(String form) {
        return Arrays.stream(values()).filter(s -> s.form.equals(form)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(form));
    }

    /** Whether the state allows the step (its own conditions aside). */
    public boolean allowedIn(RequestState state) {
        return states.contains(state);
    }

    /** The roles that take the step. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /**
     * Whether the caller takes the step on a request handled by {@code handler}: one of the step's
     * roles, and the handler unless the office head.
     */
    public boolean takenBy(RequestCaller caller, String handler) {
        boolean role = caller.roles().stream().anyMatch(roles::contains);
        return role && (caller.has(OFFICE_HEAD) || caller.username().equals(handler));
    }
}
