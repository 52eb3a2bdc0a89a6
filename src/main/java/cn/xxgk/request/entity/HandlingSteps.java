package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.StepInput.requireStepDay;
import static cn.xxgk.request.entity.StepInput.requireText;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The steps that handle the request as a whole ({@link DisclosureRequest#handling()}): acceptance,
 * the split into matters, the link to an earlier request, the hand-over to another handler, setting
 * a petition aside (Art. 39) and reporting a forwarded request's result back.
 */
public final class HandlingSteps {

    private final DisclosureRequest r;

    HandlingSteps(DisclosureRequest request) {
        this.r = request;
    }

    /**
     * The office confirms a request filed online (确认收到). Art. 31(3): "申请人通过互联网渠道或者政府信息公开
     * 工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日": the applicant confirmed by filing,
     * the office confirms today, so today is the day of receipt and the reply clock starts from it
     * (the boundary opens it). The one who confirms handles the request from now on.
     */
    public void confirmReceipt(String actor, LocalDateTime now) {
        r.require(ProcedureStep.CONFIRM_RECEIPT, RequestStep.RECEIPT_CONFIRMED, now);
        r.clockToChange().confirmReceipt(now.toLocalDate());
        if (DisclosureRequest.PORTAL.equals(r.getHandler())) {
            r.handOver(actor);
        }
        r.move(r.getState(), RequestStep.RECEIPT_CONFIRMED, actor, "received " + now.toLocalDate(), now, null);
    }

    /**
     * The office accepts. The reply clock has run since registration from the day of receipt
     * (Art. 31; the receipt letter promised the reply by that clock); acceptance does not start it.
     * When the confirmation dates entered now give another start day for the channel (computed by
     * the boundary with calendar.control.ClockStart), the start moves to it and the timeline says
     * from which day to which; the boundary then restarts the deadline from the right day. Returns
     * whether the start moved.
     */
    public boolean accept(LocalDate clockStart, String actor, LocalDateTime now) {
        r.require(ProcedureStep.ACCEPT, RequestStep.ACCEPTED, now);
        Objects.requireNonNull(clockStart);
        if (clockStart.isBefore(r.getReceivedOn()) || clockStart.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("request.invalid.clockStartRange", r.getReceivedOn(), now.toLocalDate());
        }
        LocalDate before = r.clockStart();
        boolean moved = !clockStart.equals(before);
        r.clockToChange().accept(clockStart, now.toLocalDate());
        r.move(RequestState.ACCEPTED, RequestStep.ACCEPTED, actor,
                moved ? "clock start moved from " + before + " to " + clockStart : "clock start " + clockStart, now, null);
        return moved;
    }

    /**
     * Splits a request of several matters into parts of one matter each (seed 一(五)3); each part
     * gets the number {@code number-n} and, when the request was accepted, a clock of its own from
     * the same start. Before any correction or consultation only: what happened to the whole would
     * not belong to one part.
     */
    public List<DisclosureRequest> split(List<String> matters, List<byte[]> matterHashes, List<ProtectedIdNumber> ids,
                                         String actor, LocalDateTime now) {
        r.require(ProcedureStep.SPLIT, RequestStep.SPLIT, now);
        if (matters == null || matters.size() < 2) {
            throw new InvalidInputException("request.invalid.splitTwoParts");
        }
        List<DisclosureRequest> parts = new ArrayList<>();
        for (int i = 0; i < matters.size(); i++) {
            String matter = matters.get(i);
            if (RequestForm.blank(matter)) {
                throw new InvalidInputException("request.invalid.descriptionRequired");
            }
            if (matter.strip().length() > RequestForm.MAX_DESCRIPTION) {
                throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_DESCRIPTION);
            }
            parts.add(r.part(i + 1, matter.strip(), matterHashes.get(i), ids.get(i), actor, now));
        }
        r.move(RequestState.SPLIT, RequestStep.SPLIT, actor,
                parts.stream().map(DisclosureRequest::getNumber).toList().toString(), now, null);
        return parts;
    }

    /** Intake found an earlier request of the same applicant on the same matter. */
    public void detectedRepeatOf(DisclosureRequest earlier, String actor, LocalDateTime now) {
        r.linkRepeatOf(earlier);
        r.move(r.getState(), RequestStep.REPEAT_DETECTED, actor, earlier.getNumber(), now, null);
    }

    /** The office links the request to an earlier one of the same applicant (its judgement of "same matter"). */
    public void flagRepeatOf(DisclosureRequest earlier, String actor, LocalDateTime now) {
        r.require(ProcedureStep.REPEAT, RequestStep.REPEAT_FLAGGED, now);
        if (earlier == r || earlier.getId() == null || r.getId() == null || earlier.getId() >= r.getId()) {
            throw new InvalidInputException("request.invalid.repeatNotEarlier");
        }
        if (!r.getApplicant().sameAs(earlier.getApplicant())) {
            throw new InvalidInputException("request.invalid.repeatOtherApplicant", earlier.getNumber());
        }
        r.linkRepeatOf(earlier);
        r.move(r.getState(), RequestStep.REPEAT_FLAGGED, actor, earlier.getNumber(), now, null);
    }

    /** Another member of the office becomes the handler, responsible for the deadlines. */
    public void assignTo(String newHandler, String actor, LocalDateTime now) {
        r.require(ProcedureStep.ASSIGN, RequestStep.ASSIGNED, now);
        r.handOver(newHandler);
        r.move(r.getState(), RequestStep.ASSIGNED, actor, newHandler, now, null);
    }

    /**
     * A petition, complaint or report in the form of a request (Art. 39): not handled as a
     * disclosure request, closed without a reply deadline; counted under 不予处理/信访举报投诉类申请.
     */
    public void markNotARequest(String note, String actor, LocalDateTime now) {
        r.require(ProcedureStep.MARK_NOT_A_REQUEST, RequestStep.NOT_A_REQUEST, now);
        String why = requireText(note, "request.invalid.noteRequired");
        r.replyToChange().setAsidePetition(why);
        r.extensionToChange().dropPending();
        r.move(RequestState.NOT_A_REQUEST, RequestStep.NOT_A_REQUEST, actor, why, now, null);
    }

    /** A forwarded request's result goes back to the municipal office with the letters (seed 一(五)4). */
    public void reportBack(String result, LocalDate day, Collection<Long> letterIds, String actor, LocalDateTime now) {
        if (r.getChannel() != Channel.FORWARDED) { // whatever the state: only a forwarded request is reported back
            throw new InvalidInputException("request.invalid.notForwarded");
        }
        r.require(ProcedureStep.REPORT_BACK, RequestStep.REPORTED_BACK, now);
        String what = requireText(result, "request.invalid.reportResultRequired");
        LocalDate on = day == null ? now.toLocalDate() : day;
        requireStepDay(on, r, now);
        r.reportBackToChange().report(what, on, actor);
        r.enclose(letterIds == null ? List.of() : letterIds);
        r.move(r.getState(), RequestStep.REPORTED_BACK, actor, on + ": " + what + " letters " + r.getReportLetterIds(), now,
                on);
    }
}
