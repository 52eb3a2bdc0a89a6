package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.calendar.control.ClockStart;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.control.Contact;
import cn.xxgk.identity.entity.Role;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.ClockStarts;
import cn.xxgk.request.control.PersonalDataCipher;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.MatterKey;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProcedureStep;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.RequestStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The acceptance phase of a registered request, one audited command each: acceptance with the
 * dates Art. 31 needs for the channel (the reply clock already runs from receipt, see
 * {@link RequestClock}), the handler, the split into one matter per request (seed 一(五)3).
 */
@Stateless
public class RequestAcceptance extends RequestCommands {

    @Inject
    RequestClock requestClock;

    @Inject
    Directory directory;

    @Inject
    PersonalDataKeys keys;

    @Inject
    LetterIssuer letters;

    @Inject
    ApplicantNotices notices;

    /**
     * Accepts. The reply clock already runs from the day of receipt (opened at registration); when
     * the dates recorded now give another start day for the channel (Art. 31), it restarts from that
     * day and the timeline says so.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_ACCEPT", objectType = RequestIntake.TYPE)
    public DisclosureRequest accept(Long id, long seenVersion, AcceptanceDates dates) {
        AcceptanceDates d = dates == null ? new AcceptanceDates(null, null, null) : dates;
        return command(id, seenVersion, ProcedureStep.ACCEPT, r -> {
            // online, the office confirmed with its own step (Art. 31(3)): that day unless another is given
            LocalDate agencyConfirmed = d.agencyConfirmedOn() == null ? r.getClock().getConfirmedOn() : d.agencyConfirmedOn();
            ClockStart start = ClockStarts.of(r.getChannel(), r.getReceivedOn(), r.getHandover().getOn(),
                    d.signedForOn(), d.applicantConfirmedOn(), agencyConfirmed);
            boolean moved = r.handling().accept(start.date(), caller(), now());
            RequestClock.Opened opened = requestClock.accepted(r, moved);
            if (opened != null) {
                em.flush();
                opened.attachTo(r);
            }
        });
    }

    /**
     * 确认收到: the office confirms a request filed online. Art. 31(3) ("以双方确认之日为收到申请之日"):
     * today is its day of receipt; the reply clock and the correction window open from it and the
     * receipt letter (登记回执) promises the reply by the reply deadline's due date. Any member of the
     * office may confirm; who confirms handles the request.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_CONFIRM_RECEIPT", objectType = RequestIntake.TYPE)
    public DisclosureRequest confirmReceipt(Long id, long seenVersion) {
        return command(id, seenVersion, ProcedureStep.CONFIRM_RECEIPT, r -> {
            r.handling().confirmReceipt(caller(), now());
            RequestClock.Opened opened = requestClock.open(r);
            em.flush();
            opened.attachTo(r);
            letters.issue(r, RequestStep.RECEIPT_CONFIRMED, LetterKind.RECEIPT,
                    LetterContent.receipt(r, opened.reply().getDueDate(), today()), caller(), now());
            notices.receiptConfirmed(r, opened.reply().getDueDate());
        });
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
    @Audited(action = "REQUEST_ASSIGN", objectType = RequestIntake.TYPE)
    public DisclosureRequest assign(Long id, long seenVersion, String handler) {
        String who = handler == null ? "" : handler.strip();
        return command(id, seenVersion, ProcedureStep.ASSIGN, r -> {
            if (who.isEmpty()) {
                throw new InvalidInputException("request.invalid.handlerRequired");
            }
            if (handlers().stream().map(Contact::username).noneMatch(who::equals)) {
                throw new InvalidInputException("request.invalid.handlerNotOffice", who);
            }
            r.handling().assignTo(who, caller(), now());
            requestClock.assign(r, who);
        });
    }

    /**
     * Splits into parts of one matter each; each part gets its own number, its receipt and, once
     * accepted, its own clock.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_SPLIT", objectType = RequestIntake.TYPE)
    public List<DisclosureRequest> split(Long id, long seenVersion, List<String> matters) {
        DisclosureRequest r = loadFor(id, seenVersion, ProcedureStep.SPLIT);
        int n = matters == null ? 0 : matters.size();
        List<byte[]> hashes = new ArrayList<>();
        List<ProtectedIdNumber> ids = new ArrayList<>();
        if (n >= 2) {
            // each part's number encrypted anew: equal cipher texts would tell that two rows hold the same number
            PersonalDataCipher cipher = keys.cipher();
            String plain = cipher.decrypt(PersonalDataCipher.ID_NUMBER, r.getApplicant().getIdNumberCipher());
            for (String matter : matters) {
                hashes.add(MatterKey.of(matter));
                ids.add(new ProtectedIdNumber(cipher.encrypt(PersonalDataCipher.ID_NUMBER, plain),
                        r.getApplicant().getIdNumberHash(), IdentityDocuments.mask(plain)));
            }
        }
        List<DisclosureRequest> parts = r.handling().split(matters, hashes, ids, caller(), now());
        requestClock.closeAll(r);
        for (DisclosureRequest part : parts) {
            // each part's clocks run from the whole's start (Art. 31), the correction window too
            RequestClock.Opened opened = requestClock.open(part);
            em.persist(part);
            em.flush();
            opened.attachTo(part);
            // The applicant learns each part's number, matter and reply date: a receipt per part.
            letters.issue(part, RequestStep.SPLIT_OFF, LetterKind.RECEIPT,
                    LetterContent.receipt(part, opened.reply().getDueDate(), today()), caller(), now());
        }
        flushed(r);
        return parts;
    }

    /** The dates at acceptance that Art. 31 may need, by channel; any left out is the day of receipt. */
    public record AcceptanceDates(LocalDate signedForOn, LocalDate applicantConfirmedOn, LocalDate agencyConfirmedOn) {
    }
}
