package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.RequestLetter;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The consultations of a request (Arts. 32-34), one audited command each.
 *
 * <p><b>The two clocks.</b> The reply clock pauses on the day the consultation letter is sent ("征求
 * 意见所需时间不计算在前款规定的期限内", Art. 33(3)): from then on the agency waits. The consulted party's
 * own 15 working days run from the day it <em>receives</em> the letter ("自收到征求意见书之日起15个工作日内",
 * Arts. 32, 34): served in person that is the day sent; by post the day signed for, which the office
 * records when the receipt comes back ({@link #letterReceived}) and until then the answer deadline is
 * not open (waiting for delivery) and silence cannot be recorded.
 *
 * <p><b>When the reply clock runs again.</b> After the day the answer arrives (that day not counted,
 * as the day of receipt is not, Art. 31). When the party stays silent, after the last day of its own
 * period counted from its receipt of the letter: silence can be recorded only from the next day on,
 * and the pause ends on that last day, so the reply clock never restarts before the party's 15
 * working days are over, however the letter went.
 */
@Stateless
public class RequestConsultations extends RequestCommands {

    @Inject
    Deadlines deadlines;

    @Inject
    RequestClock requestClock;

    @Inject
    LetterIssuer letters;

    /**
     * Consults a third party (Art. 32) or another agency (Art. 34) by letter: the reply clock pauses
     * from the day sent; the letter (第三方意见征询函 or 征求意见函) is issued in the same transaction. A
     * delivery left out is a letter served in person.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CONSULT", objectType = RequestIntake.TYPE)
    public DisclosureRequest consult(Long id, long seenVersion, ConsultationKind kind, String party, String matter,
                                     LocalDate sentOn, LetterDelivery delivery) {
        LocalDate sent = sentOn == null ? today() : sentOn;
        return command(id, seenVersion, ProcedureStep.CONSULT, r -> {
            if (kind == null) {
                throw new InvalidInputException("request.invalid.consultationKindRequired");
            }
            Consultation consultation = r.consulting().consult(kind, party, matter, sent,
                    delivery == null ? LetterDelivery.IN_PERSON : delivery, caller(), now());
            String reason = kind + " " + consultation.getParty();
            r.stampReplyDue(deadlines.pause(r.getClock().getReplyDeadlineId(), sent,
                    reason.length() > 200 ? reason.substring(0, 200) : reason).getDueDate());
            LocalDate respondBy = null;
            if (consultation.getLetterReceivedOn() != null) {
                respondBy = openAnswerDeadline(r, consultation);
            }
            boolean thirdParty = kind == ConsultationKind.THIRD_PARTY;
            letters.issue(r, thirdParty ? RequestStep.THIRD_PARTY_CONSULTED : RequestStep.AGENCY_CONSULTED,
                    thirdParty ? LetterKind.THIRD_PARTY_CONSULTATION : LetterKind.INTER_AGENCY_CONSULTATION,
                    LetterContent.consultation(r, consultation, respondBy), caller(), now());
        });
    }

    /** The posted consultation letter was signed for on that day: the consulted party's period starts. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CONSULTATION_LETTER_RECEIVED", objectType = RequestIntake.TYPE)
    public DisclosureRequest letterReceived(Long id, long seenVersion, LocalDate receivedOn) {
        return command(id, seenVersion, ProcedureStep.LETTER_RECEIVED, r -> {
            Consultation consultation = r.consulting().letterReceived(receivedOn == null ? today() : receivedOn,
                    caller(), now());
            r.stampReplyDue(requestClock.replyDue(r)); // still paused: none, as the timeline shows
            openAnswerDeadline(r, consultation);
        });
    }

    /**
     * The consulted party's answer, or its silence once its period from receipt has passed; the
     * reply clock runs again after the day of the answer (for silence, the period's last day).
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CONSULTATION_ANSWER", objectType = RequestIntake.TYPE)
    public DisclosureRequest recordAnswer(Long id, long seenVersion, ConsultationKind kind, ConsultationAnswer answer,
                                          LocalDate receivedOn, String text) {
        return command(id, seenVersion, ProcedureStep.ANSWER, r -> {
            if (kind == null) {
                throw new InvalidInputException("request.invalid.consultationKindRequired");
            }
            Consultation open = r.openConsultation().orElse(null);
            LocalDate answerDue = open == null || open.getAnswerDeadlineId() == null ? null
                    : deadlines.status(open.getAnswerDeadlineId()).dueDate();
            LocalDate day = r.consulting().answer(kind, answer, receivedOn, text, answerDue, caller(), now());
            r.stampReplyDue(deadlines.resume(r.getClock().getReplyDeadlineId(), day).getDueDate());
            if (open.getAnswerDeadlineId() != null) {
                deadlines.close(open.getAnswerDeadlineId());
            }
        });
    }

    /** Disclosure despite a third party's refusal in the public interest, with the written notice to it (Art. 32). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_PUBLIC_INTEREST_OVERRIDE", objectType = RequestIntake.TYPE)
    public DisclosureRequest overrideInPublicInterest(Long id, long seenVersion, String reason, String noticeText,
                                                      LocalDate noticeOn) {
        return command(id, seenVersion, ProcedureStep.OVERRIDE, r -> {
            Consultation overridden = r.consulting().overrideInPublicInterest(reason, noticeText, noticeOn, caller(), now());
            RequestLetter letter = letters.issue(r, RequestStep.PUBLIC_INTEREST_OVERRIDE, LetterKind.OVERRIDE_NOTICE,
                    LetterContent.overrideNotice(r, overridden), caller(), now());
            overridden.attachOverrideLetter(letter.getId());
        });
    }

    /** The answer deadline from the day of receipt; returns its due date, the last day to answer. */
    private LocalDate openAnswerDeadline(DisclosureRequest r, Consultation consultation) {
        Deadline answer = requestClock.answerDeadline(r, consultation);
        em.flush();
        consultation.attachAnswerDeadline(answer.getId());
        return answer.getDueDate();
    }
}
