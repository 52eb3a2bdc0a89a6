package cn.xxgk.assessment.boundary;

import cn.xxgk.assessment.entity.Rating;
import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.boundary.RequestReference;
import cn.xxgk.request.boundary.RequestReferences;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The public's satisfaction with a reply (seed 四, 群众满意度): the applicant, known by the request
 * number and the query code of the receipt, rates the reply once, from 1 to 5, after it was made.
 * A wrong number or code is refused alike (nothing tells which was wrong) and counted as a status lookup
 * (guessing is throttled, {@code RequestReferences#withQueryCodeCounted}); a second rating or one
 * before the reply is refused and changes nothing.
 */
@Stateless
@PermitAll
public class Ratings {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestReferences requests;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /** Where the rating stands, for the status page (which has counted its lookup of number and code). */
    public RatingState state(String number, String queryCode) {
        RequestReference request = requests.withQueryCode(number, queryCode)
                .orElseThrow(() -> new InvalidInputException("assessment.rating.unknown"));
        if (!request.isReplied()) {
            return new RatingState(RatingState.Stage.BEFORE_REPLY, null);
        }
        return em.createQuery("SELECT r FROM Rating r WHERE r.requestId = :request", Rating.class)
                .setParameter("request", request.id()).getResultStream().findFirst()
                .map(r -> new RatingState(RatingState.Stage.RATED, r.getScore()))
                .orElse(new RatingState(RatingState.Stage.OPEN, null));
    }

    @Audited(action = "ASSESSMENT_RATING", objectType = "DisclosureRequest")
    public Rating rate(String number, String queryCode, Integer score) {
        RequestReference request = request(number, queryCode);
        if (em.createNamedQuery(Rating.OF_REQUEST, Long.class).setParameter("request", request.id()).getSingleResult() > 0) {
            throw new InvalidInputException("assessment.rating.twice");
        }
        Rating rating = Rating.of(request.id(), request.repliedOn(), directory.departmentOf(request.handler()).orElse(null),
                score, LocalDateTime.now(clock));
        em.persist(rating);
        try {
            em.flush();
        } catch (PersistenceException raceLost) { // the unique key: another rating came first
            throw new InvalidInputException("assessment.rating.twice");
        }
        return rating;
    }

    /** The rating tries a number and a code on its own: counted as a status lookup ({@code Throttled} over it). */
    private RequestReference request(String number, String queryCode) {
        return requests.withQueryCodeCounted(number, queryCode)
                .orElseThrow(() -> new InvalidInputException("assessment.rating.unknown"));
    }
}
