package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.ContactDetails;
import cn.xxgk.request.control.IdentityDocuments;
import cn.xxgk.request.control.KeyedHash;
import cn.xxgk.request.control.LetterContent;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.MatterKey;
import cn.xxgk.request.control.PersonalDataCipher;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.control.QueryCodes;
import cn.xxgk.request.control.RequestNumberAllocator;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.ProtectedIdNumber;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.RequestState;
import cn.xxgk.request.entity.RequestStep;
import cn.xxgk.calendar.control.Channel;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where requests come in. The office registers what arrives in person, by post, fax, email or
 * forwarded by the municipal office; the applicant files online on the portal ({@link #fileOnline},
 * anonymous, channel ONLINE, received once the office confirms it: Art. 31(3)).
 *
 * <p>The form is checked in full before anything is written, the identity number with its check
 * character; the number is encrypted and hashed at once and goes no further in plain, the contact
 * data encrypted with it (the name stays in plain: letters print it). The
 * receipt carries the request number (gap-free per year) and the applicant's query code; the
 * receipt letter (登记回执) is issued and kept with the request in the same transaction. The reply
 * clock starts here, from the day of receipt (Art. 31: for every channel the office registers that
 * is the day the rule names — in person the day submitted, by post signed for on arrival, forwarded
 * the handover, fax and email confirmed by the receipt itself), with the 7-working-day window for a
 * correction notice (Art. 30); the receipt letter promises the reply by that deadline's due date. The kept
 * letter leaves the query code out: only its hash is stored, and a stored PDF would undo that.
 */
@Stateless
public class RequestIntake {

    /** The object type of a request in the audit record. */
    public static final String TYPE = "DisclosureRequest";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{8,64}");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    PersonalDataKeys keys;

    @Inject
    RequestNumberAllocator numbers;

    @Inject
    RequestClock requestClock;

    @Inject
    LetterIssuer letters;

    @Inject
    Clock clock;

    @Inject
    ApplicantNotices notices;

    /**
     * Registers a request (state RECEIVED) with the caller as its handler. A repeated idempotency
     * token returns the request the first submit made (the same receipt), provided it is the same
     * applicant and matter; the same token with other content is refused.
     */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
    @Audited(action = "REQUEST_REGISTER", objectType = TYPE)
    public Receipt register(IntakeInput input) {
        return intake(input, false, false);
    }

    /**
     * A request the applicant files online on the portal, anonymously (the portal's boundary has
     * throttled the address and checked its challenge first): the same checks as the office's intake,
     * channel ONLINE, filed today. Art. 31(3): it is received only on the day the office confirms it
     * too ({@link RequestAcceptance#confirmReceipt}), so it gets no reply clock and no receipt letter
     * yet; whoever confirms it handles it. {@code notifyByEmail}: the applicant wants notices at the
     * e-mail address of the form.
     */
    @PermitAll
    @Audited(action = "REQUEST_FILE_ONLINE", objectType = TYPE)
    public Receipt fileOnline(IntakeInput input, boolean notifyByEmail) {
        if (notifyByEmail && (input == null || input.form() == null || RequestForm.blank(input.form().email()))) {
            throw new InvalidInputException("request.invalid.noticeNeedsEmail");
        }
        return intake(input, true, notifyByEmail);
    }

    private Receipt intake(IntakeInput input, boolean online, boolean notifyByEmail) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (input == null || input.form() == null) {
            throw new InvalidInputException("request.invalid.descriptionRequired");
        }
        RequestForm form = online ? filedToday(input.form(), today) : withDefaults(input.form(), today);
        (online ? form.firstFlawOnline(today) : form.firstFlaw(today)).ifPresent(flaw -> {
            throw new InvalidInputException(flaw.key(), flaw.arguments());
        });
        String idNumber = IdentityDocuments.normalise(input.idNumber());
        IdentityDocuments.flaw(form.idDocumentType(), idNumber, today).ifPresent(key -> {
            throw new InvalidInputException(key);
        });
        String token = input.intakeToken() == null || input.intakeToken().isBlank() ? null : input.intakeToken().strip();
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new InvalidInputException("request.invalid.token");
        }
        // refuses with a clear message when the keys are not configured, before anything is written
        PersonalDataCipher cipher = keys.cipher();
        KeyedHash hash = keys.hash();
        byte[] idHash = hash.of(KeyedHash.ID_NUMBER, idNumber);
        byte[] matter = MatterKey.of(form.description());

        if (token != null && !claimed(token)) {
            // the token was claimed by an intake that has committed since: its request is there
            DisclosureRequest first = em.createNamedQuery(DisclosureRequest.BY_TOKEN, DisclosureRequest.class)
                    .setParameter("token", token).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("token claimed, no request"));
            if (!java.util.Arrays.equals(first.getApplicant().getIdNumberHash(), idHash)
                    || !java.util.Arrays.equals(first.getMatterHash(), matter)) {
                throw new InvalidInputException("request.invalid.tokenReused");
            }
            return receipt(first, QueryCodes.derived(hash, first.getNumber(), token), true);
        }
        Optional<DisclosureRequest> sameMatter = earlierSameMatter(idHash, matter);
        // the number last: the year's serial row stays locked from here to the commit (issue #13)
        String number = numbers.next(today.getYear());
        String code = token == null ? QueryCodes.random() : QueryCodes.derived(hash, number, token);
        ProtectedIdNumber id = new ProtectedIdNumber(cipher.encrypt(PersonalDataCipher.ID_NUMBER, idNumber), idHash,
                IdentityDocuments.mask(idNumber));
        DisclosureRequest request = online
                ? DisclosureRequest.filedOnline(number, form, id, ContactDetails.of(form).sealedWith(cipher), matter, token,
                        QueryCodes.hash(hash, code), notifyByEmail, now)
                : DisclosureRequest.register(number, form, id, ContactDetails.of(form).sealedWith(cipher), matter, token,
                        QueryCodes.hash(hash, code), caller(), caller(), now);
        // Art. 31: the reply clock runs from receipt, not from acceptance; the correction window with it (Art. 30)
        RequestClock.Opened clocks = online ? null : requestClock.open(request);
        sameMatter.ifPresent(earlier -> request.handling().detectedRepeatOf(earlier, request.getCreatedBy(), now));
        em.persist(request);
        em.flush();
        if (online) {
            notices.filed(request);
            return receipt(request, code, false); // Art. 31(3): the clock and the receipt letter wait for the office
        }
        clocks.attachTo(request);
        letters.issue(request, RequestStep.REGISTERED, LetterKind.RECEIPT,
                LetterContent.receipt(request, clocks.reply().getDueDate(), today), caller(), now);
        return receipt(request, code, false);
    }

    /**
     * Claims the idempotency token in this transaction; false when an intake that has committed had
     * claimed it. A second submit of a token waits here for the first one's commit or rollback:
     * submits of one token are serialised, other intakes do not wait.
     */
    private boolean claimed(String token) {
        return em.createNativeQuery("INSERT IGNORE INTO request_intake_claim (token) VALUES (?)")
                .setParameter(1, token).executeUpdate() == 1;
    }

    /** The latest earlier request of the same applicant on the same matter (a split request's parts count, not the whole). */
    private Optional<DisclosureRequest> earlierSameMatter(byte[] idHash, byte[] matter) {
        return em.createQuery("""
                        SELECT r FROM DisclosureRequest r WHERE r.applicant.idNumberHash = :id AND r.matterHash = :matter
                          AND r.state <> :split ORDER BY r.id DESC""", DisclosureRequest.class)
                .setParameter("id", idHash).setParameter("matter", matter).setParameter("split", RequestState.SPLIT)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Receipt receipt(DisclosureRequest request, String code, boolean duplicate) {
        String repeatOf = request.getRepeatOfId() == null ? null
                : em.find(DisclosureRequest.class, request.getRepeatOfId()).getNumber();
        return new Receipt(request.getId(), request.getNumber(), code, request.getReceivedOn(), duplicate, repeatOf,
                request.getVersion());
    }

    /** A form filed online: channel ONLINE, filed today, no hand-over. */
    private static RequestForm filedToday(RequestForm f, LocalDate today) {
        return new RequestForm(Channel.ONLINE, today, f.applicantType(), f.organisationKind(), f.applicantName(),
                f.contactPerson(), f.idDocumentType(), f.phone(), f.email(), f.postalAddress(), f.postcode(),
                f.description(), f.formWanted(), f.deliveryWanted(), null, null, null, null);
    }

    /** The day of receipt defaults to today (a forwarded request's is the day of the handover). */
    private static RequestForm withDefaults(RequestForm f, LocalDate today) {
        if (f.receivedOn() != null) {
            return f;
        }
        return new RequestForm(f.channel(), f.handoverOn() != null ? f.handoverOn() : today, f.applicantType(),
                f.organisationKind(), f.applicantName(), f.contactPerson(), f.idDocumentType(), f.phone(), f.email(),
                f.postalAddress(), f.postcode(), f.description(), f.formWanted(), f.deliveryWanted(), f.handoverFrom(),
                f.handoverOn(), f.handoverWhat(), f.handoverReference());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
