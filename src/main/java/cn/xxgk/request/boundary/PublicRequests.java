package cn.xxgk.request.boundary;

import cn.xxgk.audit.control.RequestOrigin;
import cn.xxgk.request.control.KeyedHash;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.control.PersonalDataKeys;
import cn.xxgk.request.control.PublicChallenge;
import cn.xxgk.request.control.PublicLimits;
import cn.xxgk.request.control.QueryCodes;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestLetter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The portal's side of the request procedure, for anonymous visitors: the challenge, filing a request
 * online and following it by request number and query code. Each call is throttled first
 * ({@link PublicThrottles}, its own short transaction), then does its work in transactions of its own
 * ({@link RequestIntake#fileOnline}; reads need none): never two connections at once.
 *
 * <p>A wrong query code and an unknown number give the same answer (empty), after the same work: the
 * code's keyed hash is computed and compared in constant time in both cases.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicRequests {

    private static final byte[] NO_REQUEST = new byte[32];

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicThrottles throttles;

    @Inject
    PublicLimits limits;

    @Inject
    RequestIntake intake;

    @Inject
    RequestOrigin origin;

    @Inject
    PersonalDataKeys keys;

    @Inject
    RequestClock requestClock;


    @Inject
    Clock clock;

    /** A new challenge for the filing form (no state kept until it is answered). */
    public PublicChallenge.Issued challenge() {
        return challenges().issue(clock.instant());
    }

    /**
     * Files a request online: counted against the client's address (refused with
     * {@link cn.xxgk.request.control.Throttled} over the limit), the challenge answered and spent,
     * then the intake's checks and the request (Art. 31(3): received once the office confirms).
     */
    public Receipt file(PublicFiling filing) {
        throttles.admit(limits.filing(origin.clientAddress()));
        PublicChallenge.Verified verified = challenges().verify(filing.challengeToken(), filing.proof(),
                filing.challengeAnswer(), clock.instant());
        String token = filing.input() == null ? null : filing.input().intakeToken();
        throttles.spend(verified.nonce(), token == null || token.isBlank() ? null : token.strip(), verified.expires());
        return intake.fileOnline(filing.input(), filing.notifyByEmail());
    }

    /** The status for the holder of the code; empty for a wrong code or an unknown number alike. */
    public Optional<PublicStatus> status(String number, String code) {
        return request(number, code).map(r -> PublicStatus.of(r, requestClock.replyDue(r), lettersOf(r.getId())));
    }

    /** A letter addressed to the applicant, for the holder of the code; empty otherwise (wrong code, another request's letter). */
    public Optional<LetterPdf> letter(String number, String code, Long letterId) {
        return request(number, code).flatMap(r -> {
            RequestLetter letter = letterId == null ? null : em.find(RequestLetter.class, letterId);
            if (letter == null || !letter.getRequestId().equals(r.getId())
                    || letter.getKind().recipient() != cn.xxgk.letter.control.LetterKind.Recipient.APPLICANT) {
                return Optional.empty();
            }
            byte[] pdf = letter.getPdf();
            if (!LetterIssuer.sha256(pdf).equals(letter.getSha256())) {
                throw new IllegalStateException("letter " + letterId + " does not match the checksum it was issued with");
            }
            return Optional.of(new LetterPdf(letter.getId(), r.getNumber(), letter.getKind(), letter.getNumber(),
                    letter.getSha256(), pdf));
        });
    }

    private Optional<DisclosureRequest> request(String number, String code) {
        String n = number == null ? "" : number.strip();
        throttles.admitLookup(n);
        KeyedHash hash = keys.hash();
        byte[] given = QueryCodes.hash(hash, code == null || code.length() > 64 ? "" : code);
        DisclosureRequest r = n.isEmpty() || n.length() > 40 ? null
                : em.createNamedQuery(DisclosureRequest.BY_NUMBER, DisclosureRequest.class).setParameter("number", n)
                        .getResultStream().findFirst().orElse(null);
        byte[] stored = r == null || r.getQueryCodeHash() == null ? NO_REQUEST : r.getQueryCodeHash();
        boolean right = KeyedHash.same(given, stored) && r != null && r.getQueryCodeHash() != null;
        return right ? Optional.of(r) : Optional.empty();
    }

    private List<IssuedLetter> lettersOf(Long requestId) {
        return em.createQuery("""
                        SELECT NEW cn.xxgk.request.boundary.IssuedLetter(l.id, l.requestId, l.stepId, l.kind, l.outcome,
                               l.number, l.letterDate, l.addressee, l.sizeBytes, l.createdBy, l.createdAt)
                        FROM RequestLetter l WHERE l.requestId = :requestId ORDER BY l.id""", IssuedLetter.class)
                .setParameter("requestId", requestId).getResultList();
    }

    private PublicChallenge challenges() {
        return new PublicChallenge(keys.hash(), limits.challengeBits());
    }

    /** What the filing form sends: the intake, the wish for e-mail notices and the challenge's answer. */
    public record PublicFiling(IntakeInput input, boolean notifyByEmail, String challengeToken, String proof,
                               String challengeAnswer) {
    }
}
