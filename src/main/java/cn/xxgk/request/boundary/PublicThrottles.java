package cn.xxgk.request.boundary;

import cn.xxgk.audit.control.RequestOrigin;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.request.control.PublicLimits;
import cn.xxgk.request.control.PublicLimits.Limit;
import cn.xxgk.request.control.Throttled;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The portal's counts (public_throttle) and spent challenges (public_challenge_spent), each call in a
 * short transaction of its own that commits at once: a count stands even when the call it admitted
 * fails, and it is visible to every node. Called one after the other by {@link PublicRequests}, never
 * inside another transaction, and by {@link RequestReferences#withQueryCodeCounted} before the rating's
 * transaction has touched the database (one connection per request thread at a time).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicThrottles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublicLimits limits;

    @Inject
    RequestOrigin origin;

    /**
     * Counts a try of a request number with a query code (the status page, a letter, the rating of the reply)
     * against the look-up limits per client address and per request number ({@link PublicLimits#status}).
     *
     * @throws Throttled over a limit
     */
    public void admitLookup(String number) {
        admit(limits.status(origin.clientAddress(), number == null ? "" : number.strip()));
    }

    /**
     * Counts a call against each limit's key (in key order, so parallel calls cannot deadlock) and
     * refuses it with {@link Throttled} when any key is over its limit in the current window. A key's
     * window starts with its first call; after the window the count starts afresh.
     */
    public void admit(List<Limit> limits) {
        LocalDateTime now = LocalDateTime.now(clock);
        long wait = 0;
        for (Limit limit : limits.stream().sorted(Comparator.comparing(Limit::key)).toList()) {
            Timestamp at = Timestamp.valueOf(now);
            Timestamp stale = Timestamp.valueOf(now.minus(limit.window()));
            em.createNativeQuery("""
                            INSERT INTO public_throttle (throttle_key, window_start, hits) VALUES (?1, ?2, 1)
                            ON DUPLICATE KEY UPDATE hits = IF(window_start <= ?3, 1, hits + 1),
                              window_start = IF(window_start <= ?3, ?2, window_start), version = version + 1""")
                    .setParameter(1, limit.key()).setParameter(2, at).setParameter(3, stale).executeUpdate();
            Object[] row = (Object[]) em.createNativeQuery(
                            "SELECT hits, window_start FROM public_throttle WHERE throttle_key = ?1")
                    .setParameter(1, limit.key()).getSingleResult();
            if (((Number) row[0]).intValue() > limit.max()) {
                LocalDateTime end = toLocal(row[1]).plus(limit.window());
                wait = Math.max(wait, Duration.between(now, end).toSeconds() + 1);
            }
        }
        if (wait > 0) {
            throw new Throttled(wait);
        }
    }

    /**
     * Spends a verified challenge: the first filing with it may go on, and the same filing again (the
     * same intake token: a double submit, which gives the same request); any other is refused.
     */
    public void spend(String nonce, String intakeToken, Instant expires) {
        int inserted = em.createNativeQuery(
                        "INSERT IGNORE INTO public_challenge_spent (nonce, intake_token, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, nonce).setParameter(2, intakeToken)
                .setParameter(3, Timestamp.valueOf(LocalDateTime.ofInstant(expires, clock.getZone()))).executeUpdate();
        if (inserted == 1) {
            return;
        }
        Object spentWith = em.createNativeQuery("SELECT intake_token FROM public_challenge_spent WHERE nonce = ?1")
                .setParameter(1, nonce).getSingleResult();
        if (intakeToken == null || !intakeToken.equals(spentWith)) {
            throw new InvalidInputException("request.invalid.challengeUsed");
        }
    }

    /** Forgets counts a day old and challenges expired (on every node: harmless). */
    @Schedule(hour = "*", minute = "37", persistent = false)
    public void forget() {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery("DELETE FROM public_throttle WHERE window_start < ?1")
                .setParameter(1, Timestamp.valueOf(now.minusDays(1))).executeUpdate();
        em.createNativeQuery("DELETE FROM public_challenge_spent WHERE expires_at < ?1")
                .setParameter(1, Timestamp.valueOf(now)).executeUpdate();
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
