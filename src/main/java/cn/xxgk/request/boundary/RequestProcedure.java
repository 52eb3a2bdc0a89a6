package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.MatterKey;
import cn.xxgk.request.entity.Correction;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The correction phase of a disclosure request and the link to an earlier one, one audited command
 * per step (the frame: {@link RequestCommands}). Acceptance, the handler and the split are in
 * {@link RequestAcceptance}, consultations in {@link RequestConsultations}, the extension in
 * {@link RequestExtensions}, the end of the procedure (reasons asked, reply, delivery, abandonment,
 * petition, report back) in {@link RequestReplies}; the deadlines they all keep in step in
 * {@link RequestClock}. The correction notice is issued as a letter in the same transaction: a
 * letter the renderer refuses fails the step, and nothing is half-saved.
 */
@Stateless
public class RequestProcedure extends RequestCommands {

    static final String TYPE = RequestIntake.TYPE;

    @Inject
    Deadlines deadlines;

    @Inject
    WorkingDays workingDays;

    @Inject
    LetterIssuer letters;

    @Inject
    RequestClock requestClock;

    /**
     * The one correction notice (Art. 30, the rules are {@link Correction}'s), issued today within its
     * working days of receipt, with the period set for the correction; the reply clock waits until
     * the corrected request arrives. The letter is dated today, the day it is issued.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CORRECTION_NOTICE", objectType = TYPE)
    public DisclosureRequest sendCorrectionNotice(Long id, long seenVersion, LocalDate sentOn, LocalDate correctBy,
                                                  String text) {
        LocalDate sent = sentOn == null ? today() : sentOn;
        return command(id, seenVersion, ProcedureStep.CORRECTION_NOTICE, r -> {
            LocalDate receipt = r.clockStart();
            r.correcting().sendNotice(sent, correctBy, text, Correction.lastNoticeDay(receipt, workingDays.calendar()),
                    caller(), now());
            r.stampReplyDue(deadlines.pause(r.getClock().getReplyDeadlineId(), sent, "correction notice").getDueDate());
            requestClock.closeCorrectionWindow(r);
            letters.issue(r, RequestStep.CORRECTION_NOTICE_SENT, LetterKind.CORRECTION_NOTICE,
                    LetterContent.correctionNotice(r, today()), caller(), now());
        });
    }

    /** The corrected request arrived: a full new reply period from the day {@link Correction} names (Art. 30). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CORRECTION_RECEIVED", objectType = TYPE)
    public DisclosureRequest receiveCorrection(Long id, long seenVersion, LocalDate receivedOn, String correctedDescription) {
        LocalDate day = receivedOn == null ? today() : receivedOn;
        return command(id, seenVersion, ProcedureStep.CORRECTION_RECEIVED, r -> {
            r.correcting().receive(day, correctedDescription, MatterKey.of(correctedDescription), caller(), now());
            r.stampReplyDue(deadlines.restart(r.getClock().getReplyDeadlineId(), r.getCorrection().replyPeriodRestartsOn())
                    .getDueDate());
        });
    }

    /** Links the request to an earlier one of the same applicant, by its number. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REPEAT_FLAG", objectType = TYPE)
    public DisclosureRequest flagRepeat(Long id, long seenVersion, String earlierNumber) {
        return command(id, seenVersion, ProcedureStep.REPEAT, r -> {
            DisclosureRequest earlier = em.createNamedQuery(DisclosureRequest.BY_NUMBER, DisclosureRequest.class)
                    .setParameter("number", earlierNumber == null ? "" : earlierNumber.strip())
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("request.invalid.unknownNumber", earlierNumber));
            r.handling().flagRepeatOf(earlier, caller(), now());
        });
    }
}
