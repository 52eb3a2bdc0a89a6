package cn.xxgk.identity.boundary;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.identity.control.LoginOutcome;
import cn.xxgk.identity.control.SsoIdentity;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Receives a person the government SSO has authenticated. The first login creates the local
 * user record (the office then links it to a department); each login refreshes name and email.
 * The roles are those mapped from the SSO claim plus those the office granted here, so a
 * bureau whose SSO carries no role claim can still grant roles locally.
 */
@Stateless
@PermitAll
public class SsoEnrolment {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public LoginOutcome enrol(SsoIdentity identity) {
        LocalDateTime now = LocalDateTime.now(clock);
        AppUser user = em.createNamedQuery(AppUser.BY_SSO_SUBJECT, AppUser.class)
                .setParameter("subject", identity.subject())
                .getResultStream().findFirst().orElse(null);
        boolean firstLogin = user == null;
        if (firstLogin) {
            user = AppUser.fromSso(identity.subject(), freeUsername(identity), identity.displayName(),
                    identity.email(), now);
            em.persist(user);
        } else {
            user.updateProfile(identity.displayName(), identity.email());
        }
        if (!user.isEnabled()) {
            audit.recordAs(user.getUsername(), LocalLogin.ACTION, "AppUser", user.getId(), AuditResult.REFUSED,
                    "sso; account disabled");
            return LoginOutcome.refused(LoginOutcome.Status.DISABLED, user.getUsername());
        }
        user.registerSuccessfulLogin(now);
        em.flush();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(identity.roles());
        roles.addAll(user.getRoles());
        audit.recordAs(user.getUsername(), LocalLogin.ACTION, "AppUser", user.getId(), AuditResult.SUCCESS,
                (firstLogin ? "sso; first login" : "sso") + "; roles " + roles);
        // SSO users keep their password at the SSO: nothing to change here
        return new LoginOutcome(LoginOutcome.Status.VALID, user.getUsername(), roles, false);
    }

    /** The SSO's user name when it is free here; otherwise the subject, which is unique. */
    private String freeUsername(SsoIdentity identity) {
        String wanted = identity.preferredUsername();
        if (wanted != null && !wanted.isBlank() && wanted.length() <= 100
                && em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", wanted)
                .getResultList().isEmpty()) {
            return wanted;
        }
        return identity.subject().length() <= 100 ? identity.subject() : identity.subject().substring(0, 100);
    }
}
