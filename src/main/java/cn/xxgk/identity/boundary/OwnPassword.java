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
import java.security.Principal;

/**
 * A local user changes their own password, proving the current one. Open to every logged-in
 * user whatever their roles (a new account may have none yet); SSO users keep their password at
 * the SSO. The web layer hears of the change ({@link PasswordChanged}) and lifts the requirement
 * to change an initial password.
 */
@Stateless
@PermitAll
public class OwnPassword {

    public static final String CURRENT_WRONG = "password.currentWrong";
    public static final String NOT_LOCAL = "password.notLocal";
    public static final String SAME_AS_CURRENT = "password.sameAsCurrent";

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

    @Audited(action = "PASSWORD_CHANGE", objectType = "AppUser")
    public void change(String currentPassword, String newPassword) {
        AppUser user = caller();
        if (user == null || !user.isLocalAccount()) {
            throw new InvalidInputException(NOT_LOCAL);
        }
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), user.getPasswordHash())) {
            throw new InvalidInputException(CURRENT_WRONG);
        }
        policy.check(user.getUsername(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException(SAME_AS_CURRENT);
        }
        user.changeOwnPassword(hasher.hash(newPassword.toCharArray()));
        changed.fire(new PasswordChanged(user.getUsername()));
    }

    private AppUser caller() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || "anonymous".equalsIgnoreCase(principal.getName())) {
            throw new EJBAccessException("login required");
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", principal.getName())
                .getResultStream().findFirst().orElse(null);
    }
}
