package cn.xxgk.identity.boundary;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.identity.control.PasswordChanged;
import cn.xxgk.identity.control.PasswordHasher;
import cn.xxgk.identity.control.PasswordPolicy;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import cn.xxgk.identity.control.ThrottlePolicy;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A local user changes their own password, proving the current one. Open to every logged-in
 * user whatever their roles (a new account may have none yet); SSO users keep their password at
 * the SSO. The web layer hears of the change ({@link PasswordChanged}) and lifts the requirement
 * to change an initial password. Wrong current passwords count against the account like wrong
 * passwords at the login (ThrottlePolicy), so an open session does not let anyone guess on.
 */
@Stateless
@PermitAll
public class OwnPassword {

    public static final String CURRENT_WRONG = "password.currentWrong";
    public static final String NOT_LOCAL = "password.notLocal";
    public static final String SAME_AS_CURRENT = "password.sameAsCurrent";
    public static final String TOO_MANY_ATTEMPTS = "password.tooManyAttempts";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    Event<PasswordChanged> changed;

    @Inject
    LoginThrottles throttles;

    @Inject
    Clock clock;

    @Audited(action = "PASSWORD_CHANGE", objectType = "AppUser", firstParameterNamesTheObject = false)
    public void change(String currentPassword, String newPassword) {
        String name = callerName();
        // the new password's own faults first: they tell nothing of the current one, and a
        // refusal after the proof below would undo the proof's forgiveness with the transaction
        policy.check(name, newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException(SAME_AS_CURRENT);
        }
        // the current password is guessed like at the login (a session left open): the same account
        // count and waits; counted first, before this transaction takes a connection of its own
        String accountKey = ThrottlePolicy.accountKey(name);
        Optional<LocalDateTime> wait = throttles.admit(List.of(accountKey), LocalDateTime.now(clock));
        if (wait.isPresent()) {
            throw new InvalidInputException(TOO_MANY_ATTEMPTS, TIME.format(wait.get()));
        }
        AppUser user = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        if (user == null || !user.isLocalAccount()) {
            throw new InvalidInputException(NOT_LOCAL);
        }
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw new InvalidInputException(CURRENT_WRONG);
        }
        throttles.proven(accountKey);
        user.changeOwnPassword(hasher.hash(newPassword.toCharArray()));
        changed.fire(new PasswordChanged(user.getUsername()));
    }

    private String callerName() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || "anonymous".equalsIgnoreCase(principal.getName())) {
            throw new EJBAccessException("login required");
        }
        return principal.getName();
    }
}
