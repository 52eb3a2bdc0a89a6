package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The extension of the reply period (Art. 33(2)): the handler asks, the office head decides, the
 * applicant gets the extension notice (the rules: request.entity.Extension). Neither step is taken
 * once the reply deadline has passed; a refused or late extension changes nothing on the deadline,
 * so an overdue reply stays overdue and its reminders and escalation go on. An extension approved
 * while a consultation pauses the clock is added to the period; the notice then states the working
 * days left, which run again after the consultation ends, as no due date exists before that.
 */
@Stateless
public class RequestExtensions extends RequestCommands {

    @Inject
    Deadlines deadlines;

    @Inject
    RequestClock requestClock;

    @Inject
    LetterIssuer letters;

    /** The handler asks for an extension, within the cap in total and before the due day has passed. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_EXTENSION_REQUEST", objectType = RequestIntake.TYPE)
    public DisclosureRequest requestExtension(Long id, long seenVersion, int workingDays, String reason) {
        return command(id, seenVersion, ProcedureStep.EXTENSION_REQUEST,
                r -> r.extending().request(workingDays, reason, requestClock.replyDue(r), caller(), now()));
    }

    /** The office head approves or refuses the pending extension; an approval moves the due date. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "REQUEST_EXTENSION_DECISION", objectType = RequestIntake.TYPE)
    public DisclosureRequest decideExtension(Long id, long seenVersion, boolean approve, String comment) {
        return command(id, seenVersion, ProcedureStep.EXTENSION_DECISION, r -> {
            int granted = r.extending().decide(approve, comment, requestClock.replyDue(r), caller(), now());
            if (granted > 0) {
                deadlines.extend(r.getClock().getReplyDeadlineId(), granted);
                DeadlineStatus status = deadlines.status(r.getClock().getReplyDeadlineId());
                r.stampReplyDue(status.dueDate());
                letters.issue(r, RequestStep.EXTENSION_APPROVED, LetterKind.EXTENSION_NOTICE, LetterContent.extensionNotice(r,
                        granted, status.dueDate(), status.remainingWorkingDays(), today()), caller(), now());
            }
        });
    }
}
