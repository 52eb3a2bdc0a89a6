package cn.xxgk.request.web;

import static cn.xxgk.request.entity.RequestState.REPLIED;

import cn.xxgk.identity.entity.Role;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.RequestCaller;
import cn.xxgk.request.entity.RequestState;
import java.time.LocalDate;
import java.util.List;

/**
 * Which forms of the procedure a request's page offers to whom, and what a request waits for, for
 * the screens only: a thin mapping of the page's form names onto the steps the request says are
 * possible ({@link ProcedureStep}), so that nobody is offered a button that can only be refused.
 */
public final class RequestSteps {

    /**
     * Every form of a step of the procedure on the request page, in the order the page shows them. The
     * hand-over to another handler ("assign") is offered too, but is no step the request waits for.
     */
    public static final List<String> ACTIONS = List.of("confirmReceipt", "accept", "correctionNotice", "correctionReceived", "abandon",
            "consult", "letterReceived", "answer", "override", "extensionRequest", "extensionDecision", "askReasons", "reply", "delivery",
            "notARequest", "repeat", "split", "reportBack");

    private RequestSteps() {
    }

    /**
     * Whether to show an action's form: the step is among the request's possible steps for such a
     * caller ({@link DisclosureRequest#possibleSteps}, which the commands enforce).
     *
     * @param handlerOrHead the caller handles the request or is the office head (who may act on any)
     * @param head          the caller is the office head (who alone decides an extension)
     */
    public static boolean offers(String action, DisclosureRequest r, boolean handlerOrHead, boolean head, LocalDate today) {
        RequestCaller caller = head ? RequestCaller.of(r.getHandler(), Role.OFFICE_HEAD)
                : RequestCaller.of(handlerOrHead ? r.getHandler() : "", Role.OFFICE_STAFF);
        return r.possibleSteps(today, caller).contains(ProcedureStep.ofForm(action));
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
        if (r.awaitsReceiptConfirmation()) {
            return "request.waiting.confirmReceipt";
        }
        return s.isFinal() ? null : "request.waiting." + s.name();
    }
}
