package cn.xxgk.identity.boundary;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.identity.control.LockoutPolicy;
import cn.xxgk.identity.control.LoginOutcome;
import cn.xxgk.identity.control.LoginOutcome.Status;
import cn.xxgk.identity.control.PasswordHasher;
import cn.xxgk.identity.entity.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Checks a local account's password, keeps the failure count and the lockout, and records every
 * attempt in the audit record. Used when no SSO issuer is configured.
 */
@Stateless
@PermitAll
public class LocalLogin {

    static final String ACTION = "LOGIN";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A hash that never matches, verified for unknown users so that they take as long as known ones. */
    private String decoyHash;

    public LoginOutcome authenticate(String username, char[] password) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = username == null ? "" : username.strip();
        // The row is locked so that parallel wrong guesses cannot slip past the failure count.
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (user == null || !user.isLocalAccount()) {
            hasher.verify(password, decoy());
            return refuse(name, Status.INVALID, "unknown user");
        }
        if (!user.isEnabled()) {
            return refuse(name, Status.DISABLED, "account disabled");
        }
        if (user.isLockedAt(now)) {
            return refuse(name, Status.LOCKED, "account locked until " + user.getLockedUntil());
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            boolean lockedNow = user.registerFailedLogin(now, lockout.maxFailures(), lockout.lockDuration());
            return lockedNow
                    ? refuse(name, Status.LOCKED, "wrong password; account locked after " + user.getFailedLogins() + " failures")
                    : refuse(name, Status.INVALID, "wrong password (" + user.getFailedLogins() + ")");
        }
        user.registerSuccessfulLogin(now);
        audit.recordAs(name, ACTION, "AppUser", user.getId(), AuditResult.SUCCESS, "local account");
        return new LoginOutcome(Status.VALID, name, user.getRoles());
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
