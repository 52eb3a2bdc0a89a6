package cn.xxgk.identity.boundary;

import cn.xxgk.identity.control.ThrottlePolicy;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.LoginThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The login counts of {@link LoginThrottle}, each step in a short transaction of its own, so
 * that no row stays locked while a password is hashed and no login holds two connections. Rows
 * are locked in the order of the keys given (the address first), so parallel logins cannot
 * deadlock.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottles {

    @PersistenceContext
    EntityManager em;

    @Inject
    ThrottlePolicy policy;

    @Inject
    Clock clock;

    /**
     * Admits an attempt and counts it against every key, or, while a key's wait runs, refuses it
     * without counting. Returns the end of the longest wait that refused it, or empty if admitted.
     */
    public Optional<LocalDateTime> admit(List<String> keys, LocalDateTime now) {
        List<LoginThrottle> rows = keys.stream().map(this::locked).toList();
        Optional<LocalDateTime> wait = rows.stream().filter(row -> row.isWaitingAt(now))
                .map(LoginThrottle::getWaitUntil).max(LocalDateTime::compareTo);
        if (wait.isEmpty()) {
            rows.forEach(row -> row.countAttempt(now, policy.forgetAfter(), policy.backoffFor(row.getKey())::waitAfter));
        }
        return wait;
    }

    /**
     * The admitted attempt had the right password: the address's count forgives it, the account's
     * failures are over, the user's last login is now.
     */
    public void succeeded(String addressKey, String accountKey, Long userId, LocalDateTime now) {
        locked(addressKey).forgiveAttempt(policy.backoffFor(addressKey)::waitAfter);
        locked(accountKey).clear();
        em.find(AppUser.class, userId).registerSuccessfulLogin(now);
    }

    /**
     * The current password was proven outside a login (changing one's own password): the
     * account's failures are over. Joins the caller's transaction, so that the change holds one
     * connection only.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void proven(String accountKey) {
        locked(accountKey).clear();
    }

    /** Drops the counts nobody has added to for longer than they are remembered (on every node: harmless). */
    @Schedule(hour = "*", minute = "23", persistent = false)
    public void forgetOldCounts() {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNamedQuery(LoginThrottle.FORGET)
                .setParameter("now", now)
                .setParameter("forgotten", now.minus(policy.forgetAfter()))
                .executeUpdate();
    }

    /**
     * The row of a key, created if missing, locked for this transaction. The upsert takes the row
     * lock at once (a plain insert-if-absent would take a shared lock first, and two attempts
     * upgrading theirs would deadlock).
     */
    private LoginThrottle locked(String key) {
        em.createNativeQuery("INSERT INTO login_throttle (throttle_key) VALUES (?1)"
                        + " ON DUPLICATE KEY UPDATE throttle_key = throttle_key")
                .setParameter(1, key).executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
