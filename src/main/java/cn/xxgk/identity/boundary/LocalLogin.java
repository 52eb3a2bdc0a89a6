package cn.xxgk.identity.boundary;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.identity.control.LoginOutcome;
import cn.xxgk.identity.control.LoginOutcome.Status;
import cn.xxgk.identity.control.PasswordHasher;
import cn.xxgk.identity.control.ThrottlePolicy;
import cn.xxgk.identity.entity.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Checks a local account's password, slowed down by client address and by account name
 * ({@link LoginThrottles}), and records every attempt in the audit record with its true outcome.
 * Used when no SSO issuer is configured.
 * <p>
 * Runs without a transaction of its own: the counts are kept in short transactions before and
 * after the password is hashed, so a login never holds a lock or two connections while it hashes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LocalLogin {

    static final String ACTION = "LOGIN";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottles throttles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A hash that never matches, verified for unknown users so that they take as long as known ones. */
    private String decoyHash;

    /**
     * @param address the client's address (see {@code RequestOrigin}): attempts are counted per
     *                address as well as per account name
     */
    public LoginOutcome authenticate(String username, char[] password, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.strip();
        String addressKey = ThrottlePolicy.addressKey(address);
        String accountKey = ThrottlePolicy.accountKey(name);
        var wait = throttles.admit(List.of(addressKey, accountKey), now);
        if (wait.isPresent()) {
            return refuse(name, Status.THROTTLED, "throttled until " + wait.get());
        }
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        if (user == null || !user.isLocalAccount()) {
            hasher.verify(password, decoy());
            return refuse(name, Status.UNKNOWN_USER, "unknown user");
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return refuse(name, Status.WRONG_PASSWORD, "wrong password");
        }
        if (!user.isEnabled()) {
            return refuse(name, Status.DISABLED, "account disabled");
        }
        throttles.succeeded(addressKey, accountKey, user.getId(), now);
        audit.recordAs(name, ACTION, "AppUser", user.getId(), AuditResult.SUCCESS, "local account");
        return new LoginOutcome(Status.VALID, name, user.getRoles(), user.isPasswordChangeRequired());
    }

    private LoginOutcome refuse(String name, Status status, String detail) {
        audit.recordAs(name, ACTION, "AppUser", null, AuditResult.REFUSED, detail);
        return LoginOutcome.refused(status, name);
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy".toCharArray());
        }
        return decoyHash;
    }
}
