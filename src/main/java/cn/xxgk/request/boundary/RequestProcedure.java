package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.boundary.Deadlines;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.ClockStart;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.entity.Deadline;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.control.Contact;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.ClockStarts;
import cn.xxgk.request.control.IdNumberCipher;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.MatterKey;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.entity.Consultation;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.Correction;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.RequestLetter;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The procedure of a disclosure request, one audited command per step. The container checks the
 * role; this boundary checks the object: a request is worked on by its handler (or the office
 * head, who may take over any), and only the office head decides an extension. Each command takes
 * the version the user saw (a stale one is a conflict), lets the entity refuse a step its state
 * does not allow, then tells the deadline engine what happened and stamps the new due date on the
 * timeline. The steps that send a letter issue it in the same transaction (correction notice,
 * third-party consultation letter, override notice, extension notice on approval): a letter the
 * renderer refuses fails the step, and nothing is half-saved. The end of the procedure (reply,
 * delivery, abandonment, petition, report back) is {@link RequestReplies}'.
 */
@Stateless
public class RequestProcedure {

    static final String TYPE = RequestIntake.TYPE;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Deadlines deadlines;

    @Inject
    WorkingDays workingDays;

    @Inject
    Directory directory;

    @Inject
    PersonalDataKeys keys;

    @Inject
    LetterIssuer letters;

    @Inject
    Clock clock;

    /** Accepts; the reply clock starts from the day the channel's rule gives (Art. 31). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_ACCEPT", objectType = TYPE)
    public DisclosureRequest accept(Long id, long seenVersion, AcceptanceDates dates) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        AcceptanceDates d = dates == null ? new AcceptanceDates(null, null, null) : dates;
        ClockStart start = ClockStarts.of(r.getChannel(), r.getReceivedOn(), r.getHandoverOn(), d.signedForOn(),
                d.applicantConfirmedOn(), d.agencyConfirmedOn());
        r.accept(start.date(), caller(), now());
        Deadline reply = deadlines.open(TYPE, r.getNumber(), DeadlineKind.REPLY, start.date(), r.getHandler());
        r.stampReplyDue(reply.getDueDate());
        em.flush();
        r.attachReplyDeadline(reply.getId());
        return flushed(r);
    }

    /**
     * The users a request may be handled by: the enabled users of the office (staff and head), by
     * username, each once.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    public List<Contact> handlers() {
        Map<String, Contact> office = new TreeMap<>();
        for (Role role : List.of(Role.OFFICE_STAFF, Role.OFFICE_HEAD)) {
            directory.withRole(role).forEach(c -> office.putIfAbsent(c.username(), c));
        }
        return List.copyOf(office.values());
    }

    /** A new handler, one of the {@link #handlers()}, responsible for the deadlines from now on (their reminders follow). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_ASSIGN", objectType = TYPE)
    public DisclosureRequest assign(Long id, long seenVersion, String handler) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        String who = handler == null ? "" : handler.strip();
        if (who.isEmpty()) {
            throw new InvalidInputException("request.invalid.handlerRequired");
        }
        if (handlers().stream().map(Contact::username).noneMatch(who::equals)) {
            throw new InvalidInputException("request.invalid.handlerNotOffice", who);
        }
        r.assignTo(who, caller(), now());
        if (r.getReplyDeadlineId() != null) {
            deadlines.assign(r.getReplyDeadlineId(), who);
        }
        r.getConsultations().stream().filter(Consultation::isOpen).map(Consultation::getAnswerDeadlineId)
                .filter(java.util.Objects::nonNull).forEach(deadline -> deadlines.assign(deadline, who));
        return flushed(r);
    }

    /**
     * Splits into parts of one matter each; each part gets its own number, its receipt and, once
     * accepted, its own clock.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_SPLIT", objectType = TYPE)
    public List<DisclosureRequest> split(Long id, long seenVersion, List<String> matters) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        int n = matters == null ? 0 : matters.size();
        List<byte[]> hashes = new ArrayList<>();
        List<ProtectedIdNumber> ids = new ArrayList<>();
        if (n >= 2) {
            // each part's number encrypted anew: equal cipher texts would tell that two rows hold the same number
            IdNumberCipher cipher = keys.cipher();
            String plain = cipher.decrypt(r.getIdNumberCipher());
            for (String matter : matters) {
                hashes.add(MatterKey.of(matter));
                ids.add(new ProtectedIdNumber(cipher.encrypt(plain), r.getIdNumberHash(), IdentityDocuments.mask(plain)));
            }
        }
        List<DisclosureRequest> parts = r.split(matters, hashes, ids, caller(), now());
        if (r.getReplyDeadlineId() != null) {
            deadlines.close(r.getReplyDeadlineId());
        }
        for (DisclosureRequest part : parts) {
            Deadline reply = null;
            if (part.getClockStartOn() != null) {
                reply = deadlines.open(TYPE, part.getNumber(), DeadlineKind.REPLY, part.getClockStartOn(), part.getHandler());
                part.stampReplyDue(reply.getDueDate());
            }
            em.persist(part);
            em.flush();
            if (reply != null) {
                part.attachReplyDeadline(reply.getId());
            }
            // The applicant learns each part's number, matter and reply date: a receipt per part.
            LocalDate due = reply != null ? reply.getDueDate()
                    : workingDays.calendar().addWorkingDays(part.getReceivedOn(), DeadlineKind.REPLY.workingDays());
            letters.issue(part, RequestStep.SPLIT_OFF, LetterKind.RECEIPT, LetterContent.receipt(part, due, today()),
                    caller(), now());
        }
        flushed(r);
        return parts;
    }

    /**
     * The one correction notice (Art. 30, the rules are {@link Correction}'s), issued today within its
     * working days of receipt, with the period set for the correction; the reply clock waits until
     * the corrected request arrives. The letter is dated today, the day it is issued.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CORRECTION_NOTICE", objectType = TYPE)
    public DisclosureRequest sendCorrectionNotice(Long id, long seenVersion, LocalDate sentOn, LocalDate correctBy,
                                                  String text) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        LocalDate sent = sentOn == null ? today() : sentOn;
        LocalDate receipt = r.getClockStartOn() == null ? r.getReceivedOn() : r.getClockStartOn();
        r.sendCorrectionNotice(sent, correctBy, text, Correction.lastNoticeDay(receipt, workingDays.calendar()), caller(), now());
        r.stampReplyDue(deadlines.pause(r.getReplyDeadlineId(), sent, "correction notice").getDueDate());
        letters.issue(r, RequestStep.CORRECTION_NOTICE_SENT, LetterKind.CORRECTION_NOTICE,
                LetterContent.correctionNotice(r, today()), caller(), now());
        return flushed(r);
    }

    /** The corrected request arrived: a full new reply period from the day {@link Correction} names (Art. 30). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CORRECTION_RECEIVED", objectType = TYPE)
    public DisclosureRequest receiveCorrection(Long id, long seenVersion, LocalDate receivedOn, String correctedDescription) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        LocalDate day = receivedOn == null ? today() : receivedOn;
        r.receiveCorrection(day, correctedDescription, MatterKey.of(correctedDescription), caller(), now());
        r.stampReplyDue(deadlines.restart(r.getReplyDeadlineId(), r.correction().replyPeriodRestartsOn()).getDueDate());
        return flushed(r);
    }

    /** Consults a third party (Art. 32) or another agency (Arts. 33-34): the reply clock pauses, theirs runs 15 working days. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CONSULT", objectType = TYPE)
    public DisclosureRequest consult(Long id, long seenVersion, ConsultationKind kind, String party, String matter,
                                     LocalDate sentOn) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        if (kind == null) {
            throw new InvalidInputException("request.invalid.consultationKindRequired");
        }
        LocalDate sent = sentOn == null ? today() : sentOn;
        Consultation consultation = r.consult(kind, party, matter, sent, caller(), now());
        String reason = (kind + " " + consultation.getParty());
        r.stampReplyDue(deadlines.pause(r.getReplyDeadlineId(), sent,
                reason.length() > 200 ? reason.substring(0, 200) : reason).getDueDate());
        Deadline answer = deadlines.open(TYPE, r.getNumber(), kind == ConsultationKind.THIRD_PARTY
                ? DeadlineKind.THIRD_PARTY_ANSWER : DeadlineKind.INTER_AGENCY_ANSWER, sent, r.getHandler());
        em.flush();
        consultation.attachAnswerDeadline(answer.getId());
        if (kind == ConsultationKind.THIRD_PARTY) {
            // Arts. 33-34 ask for no letter of a form of their own to another agency: the office writes it as usual
            letters.issue(r, RequestStep.THIRD_PARTY_CONSULTED, LetterKind.THIRD_PARTY_CONSULTATION,
                    LetterContent.thirdPartyConsultation(r, consultation, answer.getDueDate()), caller(), now());
        }
        return flushed(r);
    }

    /**
     * The consulted party's answer (or its silence once its 15 working days have passed); the reply
     * clock runs again after the day of the answer.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CONSULTATION_ANSWER", objectType = TYPE)
    public DisclosureRequest recordAnswer(Long id, long seenVersion, ConsultationKind kind, ConsultationAnswer answer,
                                          LocalDate receivedOn, String text) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        if (kind == null) {
            throw new InvalidInputException("request.invalid.consultationKindRequired");
        }
        Consultation open = r.openConsultation().orElse(null);
        LocalDate answerDue = open == null || open.getAnswerDeadlineId() == null ? null
                : deadlines.status(open.getAnswerDeadlineId()).dueDate();
        LocalDate day = r.recordAnswer(kind, answer, receivedOn, text, answerDue, caller(), now());
        r.stampReplyDue(deadlines.resume(r.getReplyDeadlineId(), day).getDueDate());
        if (open.getAnswerDeadlineId() != null) {
            deadlines.close(open.getAnswerDeadlineId());
        }
        return flushed(r);
    }

    /** Disclosure despite a third party's refusal in the public interest, with the written notice to it (Art. 32). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_PUBLIC_INTEREST_OVERRIDE", objectType = TYPE)
    public DisclosureRequest overrideInPublicInterest(Long id, long seenVersion, String reason, String noticeText,
                                                      LocalDate noticeOn) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        Consultation overridden = r.overrideInPublicInterest(reason, noticeText, noticeOn, caller(), now());
        RequestLetter letter = letters.issue(r, RequestStep.PUBLIC_INTEREST_OVERRIDE, LetterKind.OVERRIDE_NOTICE,
                LetterContent.overrideNotice(r, overridden), caller(), now());
        overridden.attachOverrideLetter(letter.getId());
        return flushed(r);
    }

    /** The handler asks for an extension (at most 20 working days in total, Art. 33). */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_EXTENSION_REQUEST", objectType = TYPE)
    public DisclosureRequest requestExtension(Long id, long seenVersion, int workingDays, String reason) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        requireHandlerOrHead(r);
        r.requestExtension(workingDays, reason, caller(), now());
        return flushed(r);
    }

    /** The office head approves or refuses the pending extension; an approval moves the due date. */
    @RolesAllowed(OFFICE_HEAD)
    @Audited(action = "REQUEST_EXTENSION_DECISION", objectType = TYPE)
    public DisclosureRequest decideExtension(Long id, long seenVersion, boolean approve, String comment) {
        DisclosureRequest r = loadForChange(id, seenVersion);
        int granted = r.decideExtension(approve, comment, caller(), now());
        if (granted > 0) {
            LocalDate due = deadlines.extend(r.getReplyDeadlineId(), granted).getDueDate();
            r.stampReplyDue(due);
            letters.issue(r, RequestStep.EXTENSION_APPROVED, LetterKind.EXTENSION_NOTICE,
                    LetterContent.extensionNotice(r, granted, due, today()), caller(), now());
        }
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

    /** The dates at acceptance that Art. 31 may need, by channel; any left out is the day of receipt. */
    public record AcceptanceDates(LocalDate signedForOn, LocalDate applicantConfirmedOn, LocalDate agencyConfirmedOn) {
    }

    // ---- helpers -------------------------------------------------------------------------

    /** The handler works on a request; the office head may act on any (to take over or stand in). */
    private void requireHandlerOrHead(DisclosureRequest r) {
        if (!caller().equals(r.getHandler()) && !session.isCallerInRole(OFFICE_HEAD)) {
            throw new AccessRefusedException("request " + r.getNumber() + " is handled by " + r.getHandler());
        }
    }

    DisclosureRequest load(Long id) {
        DisclosureRequest r = id == null ? null : em.find(DisclosureRequest.class, id);
        if (r == null) {
            throw new InvalidInputException("request.notFound");
        }
        return r;
    }

    private DisclosureRequest loadForChange(Long id, long seenVersion) {
        DisclosureRequest r = load(id);
        ConcurrentChangeException.check(TYPE, id, seenVersion, r.getVersion());
        return r;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Flushes inside the command so that a lost race surfaces here, as a conflict the user understands. */
    private DisclosureRequest flushed(DisclosureRequest r) {
        try {
            em.flush();
            return r;
        } catch (OptimisticLockException race) {
            throw new ConcurrentChangeException(TYPE, r.getId());
        }
    }
}
