package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.StepInput.requireStepDay;
import static cn.xxgk.request.entity.StepInput.requireText;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The correction of an unclear request (Art. 30; {@link DisclosureRequest#correcting()}): the one
 * notice, the corrected request, or its abandonment. The rules of days and periods are the
 * {@link Correction} part's.
 */
public final class CorrectionSteps {

    private final DisclosureRequest r;

    CorrectionSteps(DisclosureRequest request) {
        this.r = request;
    }

    /**
     * The one correction notice, issued today no later than {@code lastDay} ({@link Correction#lastNoticeDay}),
     * with the period the applicant has to correct. {@code sentOn} is the day the office states it
     * went out: not after today, not before the previous step; the timeline keeps it beside the
     * day it was recorded.
     */
    public void sendNotice(LocalDate sentOn, LocalDate dueOn, String text, LocalDate lastDay, String actor,
                           LocalDateTime now) {
        r.require(ProcedureStep.CORRECTION_NOTICE, RequestStep.CORRECTION_NOTICE_SENT, now);
        requireStepDay(sentOn, r, now);
        String notice = requireText(text, "request.invalid.correctionTextRequired");
        Correction c = r.getCorrection();
        c.notice(sentOn, dueOn, notice, now.toLocalDate(), lastDay);
        r.noticed(c);
        r.move(RequestState.AWAITING_CORRECTION, RequestStep.CORRECTION_NOTICE_SENT, actor,
                "sent " + sentOn + ", correct by " + dueOn + ": " + notice, now, sentOn);
    }

    /** The corrected request arrived: a full new reply period runs from that day ({@link Correction#replyPeriodRestartsOn}). */
    public void receive(LocalDate receivedDay, String correctedDescription, byte[] correctedMatterHash, String actor,
                        LocalDateTime now) {
        r.require(ProcedureStep.CORRECTION_RECEIVED, RequestStep.CORRECTION_RECEIVED, now);
        requireStepDay(receivedDay, r, now);
        boolean corrected = !RequestForm.blank(correctedDescription);
        if (corrected) {
            if (correctedDescription.strip().length() > RequestForm.MAX_DESCRIPTION) {
                throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_DESCRIPTION);
            }
            r.changeMatter(correctedDescription.strip(), correctedMatterHash);
        }
        r.correctionToChange().receive(receivedDay);
        r.move(RequestState.ACCEPTED, RequestStep.CORRECTION_RECEIVED, actor,
                "received " + receivedDay + (corrected ? ": " + r.getDescription() : ""), now, receivedDay);
    }

    /**
     * No correction within the period set in the notice: the request is treated as abandoned, the
     * only way to the annual report's 逾期不补正 ({@link ReplyGrounds}).
     */
    public void abandon(String actor, LocalDateTime now) {
        r.require(ProcedureStep.ABANDON, RequestStep.ABANDONED, now);
        r.replyToChange().classify(ReplyOutcome.OTHER, ReplyReason.CORRECTION_OVERDUE);
        r.extensionToChange().dropPending();
        r.move(RequestState.ABANDONED, RequestStep.ABANDONED, actor, "correction due " + r.getCorrection().getDueOn(),
                now, null);
    }
}
