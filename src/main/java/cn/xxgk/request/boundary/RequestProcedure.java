package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.letter.control.ReplyWording;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.MatterKey;
import cn.xxgk.request.control.ReplyWordings;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestLetter;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The correction, reply and closing phases of a disclosure request, one audited command per step
 * (the frame: {@link RequestCommands}). Acceptance, the handler and the split are in
 * {@link RequestAcceptance}, consultations in {@link RequestConsultations}, the extension in
 * {@link RequestExtensions}; the deadlines they all keep in step in {@link RequestClock}. Each
 * command lets the entity refuse a step its state does not allow, then tells the deadline engine
 * what happened and stamps the new due date on the timeline. The steps that send a letter issue it
 * in the same transaction (correction notice, reply letter, report back): a letter the renderer
 * refuses fails the step, and nothing is half-saved.
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
     * The one correction notice (Art. 30), within 7 working days of receipt, with the period set for
     * the correction; the reply clock waits until the corrected request arrives.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CORRECTION_NOTICE", objectType = TYPE)
    public DisclosureRequest sendCorrectionNotice(Long id, long seenVersion, LocalDate sentOn, LocalDate correctBy,
                                                  String text) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        LocalDate sent = sentOn == null ? today() : sentOn;
        LocalDate lastDay = r.getClockStartOn() == null ? sent
                : workingDays.calendar().addWorkingDays(r.getClockStartOn(), DisclosureRequest.CORRECTION_NOTICE_WORKING_DAYS);
        r.sendCorrectionNotice(sent, correctBy, text, lastDay, caller(), now());
        r.stampReplyDue(deadlines.pause(r.getReplyDeadlineId(), sent, "correction notice").getDueDate());
        requestClock.closeCorrectionWindow(r);
        letters.issue(r, RequestStep.CORRECTION_NOTICE_SENT, LetterKind.CORRECTION_NOTICE, LetterContent.correctionNotice(r),
                caller(), now());
        return flushed(r);
    }

    /** The corrected request arrived: a full new reply period from that day (Art. 30). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CORRECTION_RECEIVED", objectType = TYPE)
    public DisclosureRequest receiveCorrection(Long id, long seenVersion, LocalDate receivedOn, String correctedDescription) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        LocalDate day = receivedOn == null ? today() : receivedOn;
        r.receiveCorrection(day, correctedDescription, MatterKey.of(correctedDescription), caller(), now());
        r.stampReplyDue(deadlines.restart(r.getReplyDeadlineId(), day).getDueDate());
        return flushed(r);
    }

    /**
     * No correction within the period set in the notice: treated as abandoned (Art. 30). A command
     * of the office, not a timer: "without good reason" is a judgement (a correction that was
     * posted in time may still be on its way).
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_ABANDON", objectType = TYPE)
    public DisclosureRequest abandon(Long id, long seenVersion) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        r.abandon(caller(), now());
        closeReplyDeadline(r);
        RequestLetter letter = letters.issue(r, RequestStep.ABANDONED, LetterKind.REPLY, LetterContent.reply(r,
                ReplyWordings.of(r.getOutcome(), r.getOutcomeReason()), today(), null, null, null, null), caller(), now());
        r.attachReplyLetter(letter.getId());
        return flushed(r);
    }

    /**
     * The reply with its outcome; closes the reply deadline and issues the reply letter in the
     * wording of the outcome ({@link ReplyWordings}), dated the day of the reply.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REPLY", objectType = TYPE)
    public DisclosureRequest reply(Long id, long seenVersion, ReplyOutcome outcome, ReplyReason reason, String text,
                                   String howToObtain, LocalDate repliedOn, ReplyLetterDetails letterDetails) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        ReplyLetterDetails details = letterDetails == null ? ReplyLetterDetails.NONE : letterDetails;
        details.check();
        r.reply(outcome, reason, text, howToObtain, repliedOn, caller(), now());
        closeReplyDeadline(r);
        ReplyWording wording = ReplyWordings.of(outcome, reason, details.alreadyPublished(), details.namesAgency());
        String earlier = r.getRepeatOfId() == null ? null : load(r.getRepeatOfId()).getNumber();
        RequestLetter letter = letters.issue(r, RequestStep.REPLIED, LetterKind.REPLY, LetterContent.reply(r, wording,
                r.getRepliedOn(), r.getReplyText(), details.competentAgency(), details.competentAgencyContact(), earlier),
                caller(), now());
        r.attachReplyLetter(letter.getId());
        return flushed(r);
    }

    /**
     * What the reply letter says beyond the classification: whether the information is already
     * proactively disclosed (Art. 36(1)), and the agency responsible for it when another agency is
     * (Art. 36(5)), with its contact.
     */
    public record ReplyLetterDetails(boolean alreadyPublished, String competentAgency, String competentAgencyContact)
            implements java.io.Serializable {

        public static final ReplyLetterDetails NONE = new ReplyLetterDetails(false, null, null);

        boolean namesAgency() {
            return competentAgency != null && !competentAgency.isBlank();
        }

        void check() {
            for (String text : new String[] {competentAgency, competentAgencyContact}) {
                if (text != null && text.strip().length() > RequestForm.MAX_NAME) {
                    throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_NAME);
                }
            }
        }
    }

    /** How and when the reply reached the applicant; the request is closed. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_DELIVERY", objectType = TYPE)
    public DisclosureRequest recordDelivery(Long id, long seenVersion, DeliveryMethod method, LocalDate deliveredOn,
                                            String reference) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        r.recordDelivery(method, deliveredOn, reference, caller(), now());
        return flushed(r);
    }

    /** A petition or complaint in the form of a request (Art. 39): closed without a reply deadline. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_NOT_A_REQUEST", objectType = TYPE)
    public DisclosureRequest markNotARequest(Long id, long seenVersion, String note) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        r.markNotARequest(note, caller(), now());
        closeReplyDeadline(r);
        RequestLetter letter = letters.issue(r, RequestStep.NOT_A_REQUEST, LetterKind.REPLY, LetterContent.reply(r,
                ReplyWordings.of(r.getOutcome(), r.getOutcomeReason()), today(), r.getNotRequestNote(), null, null, null), caller(), now());
        r.attachReplyLetter(letter.getId());
        return flushed(r);
    }

    /** Links the request to an earlier one of the same applicant, by its number. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REPEAT_FLAG", objectType = TYPE)
    public DisclosureRequest flagRepeat(Long id, long seenVersion, String earlierNumber) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        DisclosureRequest earlier = em.createNamedQuery(DisclosureRequest.BY_NUMBER, DisclosureRequest.class)
                .setParameter("number", earlierNumber == null ? "" : earlierNumber.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("request.invalid.unknownNumber", earlierNumber));
        r.flagRepeatOf(earlier, caller(), now());
        return flushed(r);
    }

    /**
     * The report back to the municipal office on a forwarded request (办理情况报告), issued as a
     * letter with the letters sent enclosed: those given by id, which must be letters of this
     * request, or else every letter sent to the applicant.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REPORT_BACK", objectType = TYPE)
    public DisclosureRequest reportBack(Long id, long seenVersion, String result, LocalDate reportedOn,
                                        Collection<Long> letterIds) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        List<RequestLetter> issued = em.createNamedQuery(RequestLetter.OF_REQUEST, RequestLetter.class)
                .setParameter("requestId", r.getId()).getResultList();
        List<RequestLetter> enclosed = enclosures(r, issued, letterIds);
        r.reportBack(result, reportedOn, enclosed.stream().map(RequestLetter::getId).toList(), caller(), now());
        RequestLetter reply = issued.stream().filter(l -> l.getId().equals(r.getReplyLetterId())).findFirst().orElse(null);
        ReplyWording wording = reply != null ? reply.getOutcome() : ReplyWordings.of(r.getOutcome(), r.getOutcomeReason());
        LocalDate replyDate = reply != null ? reply.getLetterDate()
                : r.getRepliedOn() != null ? r.getRepliedOn() : r.getReportedBackOn();
        letters.issue(r, RequestStep.REPORTED_BACK, LetterKind.REPORT_BACK, LetterContent.reportBack(r, wording, replyDate,
                reply == null ? null : reply.getNumber(), enclosed.stream().map(RequestProcedure::enclosureTitle).toList()),
                caller(), now());
        return flushed(r);
    }

    private static List<RequestLetter> enclosures(DisclosureRequest r, List<RequestLetter> issued, Collection<Long> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return issued.stream().filter(l -> l.getKind().recipient() == LetterKind.Recipient.APPLICANT).toList();
        }
        List<RequestLetter> enclosed = new ArrayList<>();
        for (Long letterId : new java.util.LinkedHashSet<>(chosen)) {
            enclosed.add(issued.stream().filter(l -> l.getId().equals(letterId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("request.invalid.letterNotOfRequest", letterId, r.getNumber())));
        }
        return enclosed;
    }

    /** 政府信息公开申请答复书（郑大数据依申〔2026〕12号）. */
    private static String enclosureTitle(RequestLetter letter) {
        return LetterTemplates.kindTitle(letter.getKind()) + "（" + letter.getNumber() + "）";
    }

    // ---- helpers -------------------------------------------------------------------------

    /** The reply, the correction-notice window and any open answer deadline close (the request is answered or ends). */
    private void closeReplyDeadline(DisclosureRequest r) {
        requestClock.closeAll(r);
    }
}
