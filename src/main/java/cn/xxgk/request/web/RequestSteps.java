package cn.xxgk.request.web;

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
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which forms of the procedure a request's page offers to whom, and what a request waits for, for
 * the screens only: the entity refuses a step its state does not allow and the boundary one the
 * caller may not take; this only chooses what to show, so that nobody is offered a button that can
 * only be refused.
 */
public final class RequestSteps {

    /**
     * Every form of a step of the procedure on the request page, in the order the page shows them. The
     * hand-over to another handler ("assign") is offered too, but is no step the request waits for.
     */
    public static final List<String> ACTIONS = List.of("accept", "correctionNotice", "correctionReceived", "abandon",
            "consult", "letterReceived", "answer", "override", "extensionRequest", "extensionDecision", "askReasons", "reply", "delivery",
            "notARequest", "repeat", "split", "reportBack");

    private static final Set<RequestState> EXTENDABLE = EnumSet.of(ACCEPTED, THIRD_PARTY_CONSULTATION, AGENCY_CONSULTATION);
    private static final Set<RequestState> REPORTABLE = EnumSet.of(REPLIED, CLOSED, ABANDONED, NOT_A_REQUEST);

    private RequestSteps() {
    }

    /**
     * Whether to show an action's form.
     *
     * @param handlerOrHead the caller handles the request or is the office head (who may act on any)
     * @param head          the caller is the office head (who alone decides an extension)
     */
    public static boolean offers(String action, DisclosureRequest r, boolean handlerOrHead, boolean head, LocalDate today) {
        RequestState s = r.getState();
        if ("extensionDecision".equals(action)) {
            return head && EXTENDABLE.contains(s) && r.getExtensionPendingDays() != null;
        }
        if (!handlerOrHead) {
            return false;
        }
        return switch (action) {
            case "accept" -> s == RECEIVED;
            case "correctionNotice" -> s == ACCEPTED && r.getCorrectionNoticeOn() == null;
            case "correctionReceived" -> s == AWAITING_CORRECTION;
            // only once the period set in the notice has passed (Art. 30)
            case "abandon" -> s == AWAITING_CORRECTION && r.correction().overdueOn(today);
            case "consult", "reply" -> s == ACCEPTED;
            // Art. 35, once; the reply may then set excessive requests aside
            case "askReasons" -> s == ACCEPTED && r.getReasonsAskedOn() == null;
            case "answer" -> s == THIRD_PARTY_CONSULTATION || s == AGENCY_CONSULTATION;
            // a posted consultation letter whose signed-for day is not recorded yet (Arts. 32, 34)
            case "letterReceived" -> (s == THIRD_PARTY_CONSULTATION || s == AGENCY_CONSULTATION)
                    && r.openConsultation().filter(Consultation::isAwaitingDelivery).isPresent();
            case "override" -> s == ACCEPTED && r.getConsultations().stream().anyMatch(Consultation::isStandingRefusal);
            case "extensionRequest" -> EXTENDABLE.contains(s) && r.getExtensionPendingDays() == null
                    && r.getExtensionGrantedDays() < DisclosureRequest.EXTENSION_CAP;
            case "delivery" -> s == REPLIED;
            case "notARequest" -> s == RECEIVED || s == ACCEPTED;
            case "repeat" -> !s.isFinal() && r.getRepeatOfId() == null;
            case "split" -> (s == RECEIVED || s == ACCEPTED) && r.getParentId() == null
                    && r.getCorrectionNoticeOn() == null && r.getConsultations().isEmpty();
            case "reportBack" -> r.getChannel() == Channel.FORWARDED && REPORTABLE.contains(s) && r.getReportedBackOn() == null;
            // until the reply, as the entity allows
            case "assign" -> !s.isFinal() && s != REPLIED;
            default -> throw new IllegalArgumentException(action);
        };
    }

    /**
     * What the request waits for from its handler, as a message key of request.waiting.*, or null
     * when nothing (closed, or a part carries on instead).
     */
    public static String waitingFor(DisclosureRequest r) {
        RequestState s = r.getState();
        if (s == REPLIED) {
            return "request.waiting.delivery";
        }
        return s.isFinal() ? null : "request.waiting." + s.name();
    }
}
