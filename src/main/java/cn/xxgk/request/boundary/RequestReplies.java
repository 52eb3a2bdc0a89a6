package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.letter.control.ReplyWording;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.ReplyWordings;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
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
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The end of the procedure, one audited command per step: asking for reasons (Art. 35), the reply,
 * its delivery, the request set aside as a petition (Art. 39) or as abandoned (Art. 30), and the
 * report back on a forwarded request. Each command is load (with the version the user saw), check
 * (the handler or the office head), act (the entity refuses what the state and the history do not
 * allow), then close the deadline and issue the letter in the same transaction, dated the real day
 * it is issued: a refused letter fails the step and nothing is half-saved.
 */
@Stateless
public class RequestReplies extends RequestCommands {

    static final String TYPE = RequestIntake.TYPE;

    @Inject
    LetterIssuer letters;

    @Inject
    RequestClock requestClock;

    /** Art. 35: the office asks the applicant for the reasons of clearly excessive requests. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REASONS_ASKED", objectType = TYPE)
    public DisclosureRequest askForReasons(Long id, long seenVersion, String text, LocalDate askedOn) {
        return command(id, seenVersion, ProcedureStep.ASK_REASONS,
                r -> r.replying().askForReasons(text, askedOn, caller(), now()));
    }

    /**
     * The reply with an outcome the request's history allows; closes the reply deadline and issues
     * the reply letter in the wording of the outcome ({@link ReplyWordings}), dated the day it is issued.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REPLY", objectType = TYPE)
    public DisclosureRequest reply(Long id, long seenVersion, ReplyOutcome outcome, ReplyReason reason, String text,
                                   String howToObtain, LocalDate repliedOn, ReplyLetterDetails letterDetails) {
        ReplyLetterDetails details = letterDetails == null ? ReplyLetterDetails.NONE : letterDetails;
        return command(id, seenVersion, ProcedureStep.REPLY, r -> {
            r.replying().reply(outcome, reason, text, howToObtain, repliedOn, caller(), now());
            boolean namesAgency = details.namesAgency(reason);
            requestClock.closeAll(r);
            ReplyWording wording = ReplyWordings.of(outcome, reason, details.alreadyPublished(), namesAgency);
            String earlier = r.getRepeatOfId() == null ? null : load(r.getRepeatOfId()).getNumber();
            RequestLetter letter = letters.issue(r, RequestStep.REPLIED, LetterKind.REPLY, LetterContent.reply(r, wording,
                    today(), r.getReply().getReplyText(), namesAgency ? details.agency() : null,
                    namesAgency ? details.contact() : null, earlier), caller(), now());
            r.replying().attachLetter(letter.getId());
        });
    }

    /** How and when the reply reached the applicant; the request is closed. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_DELIVERY", objectType = TYPE)
    public DisclosureRequest recordDelivery(Long id, long seenVersion, DeliveryMethod method, LocalDate deliveredOn,
                                            String reference) {
        return command(id, seenVersion, ProcedureStep.DELIVERY,
                r -> r.replying().recordDelivery(method, deliveredOn, reference, caller(), now()));
    }

    /** A petition or complaint in the form of a request (Art. 39): closed without a reply deadline. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_NOT_A_REQUEST", objectType = TYPE)
    public DisclosureRequest markNotARequest(Long id, long seenVersion, String note) {
        return command(id, seenVersion, ProcedureStep.MARK_NOT_A_REQUEST, r -> {
            r.handling().markNotARequest(note, caller(), now());
            requestClock.closeAll(r);
            answerLetter(r, RequestStep.NOT_A_REQUEST, r.getReply().getNotRequestNote());
        });
    }

    /**
     * No correction within the period set in the notice: treated as abandoned (Art. 30). A command
     * of the office, not a timer: "without good reason" is a judgement (a correction that was
     * posted in time may still be on its way).
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_ABANDON", objectType = TYPE)
    public DisclosureRequest abandon(Long id, long seenVersion) {
        return command(id, seenVersion, ProcedureStep.ABANDON, r -> {
            r.correcting().abandon(caller(), now());
            requestClock.closeAll(r);
            answerLetter(r, RequestStep.ABANDONED, null);
        });
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
        return command(id, seenVersion, ProcedureStep.REPORT_BACK, r -> {
            List<RequestLetter> issued = em.createNamedQuery(RequestLetter.OF_REQUEST, RequestLetter.class)
                    .setParameter("requestId", r.getId()).getResultList();
            List<RequestLetter> enclosed = enclosures(r, issued, letterIds);
            r.handling().reportBack(result, reportedOn, enclosed.stream().map(RequestLetter::getId).toList(), caller(),
                    now());
            RequestLetter reply = issued.stream().filter(l -> l.getId().equals(r.getReply().getReplyLetterId()))
                    .findFirst().orElse(null);
            ReplyWording wording = reply != null ? reply.getOutcome()
                    : ReplyWordings.of(r.getReply().getOutcome(), r.getReply().getOutcomeReason());
            LocalDate replyDate = reply != null ? reply.getLetterDate()
                    : r.getReply().getRepliedOn() != null ? r.getReply().getRepliedOn() : r.getReportBack().getReportedOn();
            letters.issue(r, RequestStep.REPORTED_BACK, LetterKind.REPORT_BACK, LetterContent.reportBack(r, wording, replyDate,
                    reply == null ? null : reply.getNumber(), enclosed.stream().map(RequestReplies::enclosureTitle).toList(),
                    today()), caller(), now());
        });
    }

    private void answerLetter(DisclosureRequest r, RequestStep step, String details) {
        RequestLetter letter = letters.issue(r, step, LetterKind.REPLY, LetterContent.reply(r,
                ReplyWordings.of(r.getReply().getOutcome(), r.getReply().getOutcomeReason()), today(), details, null, null,
                null), caller(), now());
        r.replying().attachLetter(letter.getId());
    }

    private static List<RequestLetter> enclosures(DisclosureRequest r, List<RequestLetter> issued, Collection<Long> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return issued.stream().filter(l -> l.getKind().recipient() == LetterKind.Recipient.APPLICANT).toList();
        }
        List<RequestLetter> enclosed = new ArrayList<>();
        for (Long letterId : new LinkedHashSet<>(chosen)) {
            enclosed.add(issued.stream().filter(l -> l.getId().equals(letterId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("request.invalid.letterNotOfRequest", letterId, r.getNumber())));
        }
        return enclosed;
    }

    /** 政府信息公开申请答复书（郑大数据依申〔2026〕12号）. */
    private static String enclosureTitle(RequestLetter letter) {
        return LetterTemplates.kindTitle(letter.getKind()) + "（" + letter.getNumber() + "）";
    }
}
