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

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of the procedure's commands on a request: in which states each may be taken and
 * who takes it. The office (staff and head) handles requests, a member of staff only those it
 * handles, the head any (to take over or stand in); the office head alone decides an extension
 * (Art. 33(2) "经政府信息公开工作机构负责人同意"). Each step's own condition on the request's history is
 * here too ({@link #refusal}), the one copy the steps and the screens ask
 * ({@link DisclosureRequest#possibleSteps}); the boundary checks the caller here, the screens show
 * the forms of the steps possible, by {@link #form()}; {@code @RolesAllowed} stays the coarse gate.
 */
public enum ProcedureStep {
    /** Art. 31(3): the office confirms a request filed online; any member of the office, who then handles it. */
    CONFIRM_RECEIPT("confirmReceipt", EnumSet.of(RECEIVED)),
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
        // a request filed online is nobody's until confirmed: any member of the office confirms it and then handles it
        boolean unclaimed = this == CONFIRM_RECEIPT && DisclosureRequest.PORTAL.equals(handler);
        return role && (caller.has(OFFICE_HEAD) || unclaimed || caller.username().equals(handler));
    }

    /** The steps the caller may take on the request today: its role, the state and the step's own condition. */
    static Set<ProcedureStep> possibleOn(DisclosureRequest r, LocalDate today, RequestCaller caller) {
        Set<ProcedureStep> possible = EnumSet.noneOf(ProcedureStep.class);
        for (ProcedureStep step : values()) {
            if (step.takenBy(caller, r.getHandler()) && step.allowedIn(r.getState()) && step.refusal(r, today) == null) {
                possible.add(step);
            }
        }
        return possible;
    }

    /** Why the step, which the state allows, may not be taken on the request today, or null when it may. */
    RuntimeException refusal(DisclosureRequest r, LocalDate today) {
        Correction correction = r.getCorrection();
        Consultation open = r.openConsultation().orElse(null);
        if (r.awaitsReceiptConfirmation() && (this == ACCEPT || this == SPLIT)) {
            return new InvalidInputException("request.invalid.confirmReceiptFirst");
        }
        return switch (this) {
            case CONFIRM_RECEIPT -> r.getChannel() != Channel.ONLINE ? new InvalidInputException("request.invalid.confirmOnlineOnly")
                    : r.awaitsReceiptConfirmation() ? null
                    : new InvalidInputException("request.invalid.receiptConfirmedAlready", r.getClock().getConfirmedOn());
            case CORRECTION_NOTICE -> correction.isNoticed()
                    ? new InvalidInputException("request.invalid.correctionOnce", correction.getNoticeOn()) : null;
            // only once the period set in the notice has passed (Art. 30)
            case ABANDON -> correction.overdueOn(today) ? null
                    : new InvalidInputException("request.invalid.correctionNotOverdue", correction.getDueOn());
            case ANSWER -> open != null ? null : new IllegalRequestStepException(r.getState(), RequestStep.THIRD_PARTY_ANSWERED);
            // a posted consultation letter whose signed-for day is not recorded yet (Arts. 32, 34)
            case LETTER_RECEIVED -> open == null
                    ? new IllegalRequestStepException(r.getState(), RequestStep.CONSULTATION_LETTER_RECEIVED)
                    : open.isAwaitingDelivery() ? null
                    : new InvalidInputException("request.invalid.letterReceivedAlready", open.getLetterReceivedOn());
            case OVERRIDE -> Consultations.standingRefusal(r.getConsultations()).isPresent() ? null
                    : new InvalidInputException("request.invalid.noThirdPartyRefusal");
            case EXTENSION_REQUEST -> r.getExtension().refusalToAsk();
            case EXTENSION_DECISION -> r.getExtension().refusalToDecide();
            // Art. 35, once; the reply may then set excessive requests aside
            case ASK_REASONS -> !r.getReasonsAsked().isAsked() ? null
                    : new InvalidInputException("request.invalid.reasonsAskedAlready", r.getReasonsAsked().getAskedOn());
            // before any correction or consultation, and not a part again
            case SPLIT -> r.getParentId() == null && !correction.isNoticed() && r.getConsultations().isEmpty() ? null
                    : new IllegalRequestStepException(r.getState(), RequestStep.SPLIT);
            case REPORT_BACK -> r.getChannel() != Channel.FORWARDED ? new InvalidInputException("request.invalid.notForwarded")
                    : !r.getReportBack().isReported() ? null
                    : new InvalidInputException("request.invalid.reportedAlready", r.getReportBack().getReportedOn());
            default -> null;
        };
    }
}
