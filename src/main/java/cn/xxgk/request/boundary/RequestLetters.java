package cn.xxgk.request.boundary;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.platform.control.NotFoundException;
import cn.xxgk.request.control.LetterIssuer;
import cn.xxgk.request.entity.RequestLetter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The letters kept with a request: the list (without the PDFs) and one letter's PDF, for whoever may
 * see the request ({@link RequestRegistry#find}: the office and the leaders). A letter's bytes are
 * checked against the checksum stored when it was issued before they are served.
 */
@Stateless
public class RequestLetters {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestRegistry registry;

    /** The request's letters, oldest first. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public List<IssuedLetter> list(Long requestId) {
        registry.find(requestId);
        return em.createQuery("""
                        SELECT NEW cn.xxgk.request.boundary.IssuedLetter(l.id, l.requestId, l.stepId, l.kind, l.outcome,
                               l.number, l.letterDate, l.addressee, l.sizeBytes, l.createdBy, l.createdAt)
                        FROM RequestLetter l WHERE l.requestId = :requestId ORDER BY l.id""", IssuedLetter.class)
                .setParameter("requestId", requestId).getResultList();
    }

    /** One letter with its PDF, if the caller may see its request. */
    @RolesAllowed({OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR})
    public LetterPdf open(Long letterId) {
        RequestLetter letter = letterId == null ? null : em.find(RequestLetter.class, letterId);
        if (letter == null) {
            throw new NotFoundException("requestLetter.notFound");
        }
        String number = registry.find(letter.getRequestId()).getNumber();
        byte[] pdf = letter.getPdf();
        if (!LetterIssuer.sha256(pdf).equals(letter.getSha256())) {
            throw new IllegalStateException("letter " + letterId + " does not match the checksum it was issued with");
        }
        return new LetterPdf(letter.getId(), number, letter.getKind(), letter.getNumber(), letter.getSha256(), pdf);
    }
}
