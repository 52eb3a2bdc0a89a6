package cn.xxgk.identity.web;

import cn.xxgk.audit.control.RequestOrigin;
import cn.xxgk.identity.boundary.LocalLogin;
import cn.xxgk.identity.control.LoginOutcome;
import cn.xxgk.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The Jakarta Security identity store for local accounts. The outcome of each attempt is kept
 * in the request's {@link LoginAttempt}, for the login to know whether the password must be
 * changed; attempts are counted against the client's address (behind a trusted proxy, the
 * address it forwards).
 */
@ApplicationScoped
public class LocalAccountIdentityStore implements IdentityStore {

    @Inject
    LocalLogin localLogin;

    @Inject
    LoginAttempt attempt;

    @Inject
    RequestOrigin origin;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = localLogin.authenticate(password.getCaller(), password.getPassword().getValue(),
                origin.clientAddress());
        attempt.record(outcome);
        if (!outcome.valid()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
