package cn.xxgk.request.boundary;

import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.DisclosureRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines of a request in the deadline engine, kept in step with the procedure, for the
 * request's boundaries (always inside their transaction):
 * <ul>
 * <li>the reply deadline (Art. 33) opens at registration, from the day of receipt Art. 31 names for
 *     the channel, the day the receipt letter promises the reply by; acceptance restarts it only when
 *     the confirmation dates it records give another start day;</li>
 * <li>the correction-notice deadline (Art. 30: "应当在收到申请之日起7个工作日内一次性告知申请人作出补正")
 *     opens with it and closes when the notice goes out, the reply is given or the request ends;</li>
 * <li>a consultation's answer deadline (Arts. 32, 34) opens on the day the consulted party receives
 *     the letter.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestClock {

    @Inject
    Deadlines deadlines;

    /** Opens the reply and correction-notice deadlines from the request's clock start; attach them once stored. */
    public Opened open(DisclosureRequest r) {
        LocalDate start = r.clockStart();
        Deadline reply = deadlines.open(RequestIntake.TYPE, r.getNumber(), DeadlineKind.REPLY, start, r.getHandler());
        Deadline correction = deadlines.open(RequestIntake.TYPE, r.getNumber(), DeadlineKind.CORRECTION_NOTICE, start,
                r.getHandler());
        r.stampReplyDue(reply.getDueDate());
        return new Opened(reply, correction);
    }

    /** The deadlines just opened; their ids exist once flushed. */
    public record Opened(Deadline reply, Deadline correction) {

        public void attachTo(DisclosureRequest r) {
            r.attachDeadlines(reply.getId(), correction.getId());
        }
    }

    /**
     * Acceptance recorded another start day for the channel (Art. 31): both periods run from it, as
     * the timeline says. A request registered before the reply clock opened at registration gets its
     * deadlines now; returns the opened ones to attach, or null.
     */
    public Opened accepted(DisclosureRequest r, boolean startMoved) {
        if (r.getClock().getReplyDeadlineId() == null) {
            return open(r);
        }
        if (startMoved) {
            r.stampReplyDue(deadlines.restart(r.getClock().getReplyDeadlineId(), r.getClock().getStartOn()).getDueDate());
            if (r.getClock().getCorrectionDeadlineId() != null) {
                deadlines.restart(r.getClock().getCorrectionDeadlineId(), r.getClock().getStartOn());
            }
        } else {
            r.stampReplyDue(replyDue(r));
        }
        return null;
    }

    /** Opens the consulted party's answer deadline from the day it received the letter. */
    public Deadline answerDeadline(DisclosureRequest r, Consultation c) {
        DeadlineKind kind = c.getKind() == cn.xxgk.request.entity.ConsultationKind.THIRD_PARTY
                ? DeadlineKind.THIRD_PARTY_ANSWER : DeadlineKind.INTER_AGENCY_ANSWER;
        return deadlines.open(RequestIntake.TYPE, r.getNumber(), kind, c.getLetterReceivedOn(), r.getHandler());
    }

    /** The reply due date today, null while a pause leaves it open (or there is no reply deadline). */
    public LocalDate replyDue(DisclosureRequest r) {
        Long deadline = r.getClock().getReplyDeadlineId();
        return deadline == null ? null : deadlines.status(deadline).dueDate();
    }

    /** The correction notice went out: its window has done its work (Art. 30). */
    public void closeCorrectionWindow(DisclosureRequest r) {
        if (r.getClock().getCorrectionDeadlineId() != null) {
            deadlines.close(r.getClock().getCorrectionDeadlineId());
        }
    }

    /** The reply was given or the request ended: every deadline of it closes. */
    public void closeAll(DisclosureRequest r) {
        if (r.getClock().getReplyDeadlineId() != null) {
            r.stampReplyDue(deadlines.status(r.getClock().getReplyDeadlineId()).dueDate());
            deadlines.close(r.getClock().getReplyDeadlineId());
        }
        closeCorrectionWindow(r);
        r.getConsultations().stream().filter(Consultation::isOpen).map(Consultation::getAnswerDeadlineId)
                .filter(Objects::nonNull).forEach(deadlines::close);
    }

    /** A new handler answers for every open deadline of the request. */
    public void assign(DisclosureRequest r, String handler) {
        if (r.getClock().getReplyDeadlineId() != null) {
            deadlines.assign(r.getClock().getReplyDeadlineId(), handler);
        }
        if (r.getClock().getCorrectionDeadlineId() != null) {
            deadlines.assign(r.getClock().getCorrectionDeadlineId(), handler);
        }
        r.getConsultations().stream().filter(Consultation::isOpen).map(Consultation::getAnswerDeadlineId)
                .filter(Objects::nonNull).forEach(deadline -> deadlines.assign(deadline, handler));
    }
}
