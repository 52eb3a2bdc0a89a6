package cn.xxgk.identity.web;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.identity.boundary.SsoEnrolment;
import cn.xxgk.identity.control.LoginOutcome;
import cn.xxgk.identity.control.OidcClient;
import cn.xxgk.identity.control.OidcClient.PendingLogin;
import cn.xxgk.identity.control.SsoSettings;
import cn.xxgk.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How people log in. With an SSO issuer configured: the OpenID Connect authorization-code flow
 * (a protected page sends the browser to the SSO; {@value #CALLBACK} completes the login).
 * Without one: the local login form, whose credentials are checked by the identity stores.
 * Either way the session id is renewed at login (no session fixation) and the login is kept in
 * the session: the caller's name and groups are stored there and handed to the container on
 * every request (rather than {@code @AutoApplySession}, which under parallel requests was seen to
 * lose a caller's groups now and then). An unauthenticated API call gets a plain 401.
 */
@ApplicationScoped
public class XxgkAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CALLBACK = "/oidc/callback";
    /** Where an anonymous visitor at the root goes: the public portal. */
    public static final String PUBLIC_HOME = "/public/";
    static final String PENDING_LOGIN = "xxgk.sso.pending";
    static final String ORIGINAL_URL = "xxgk.login.originalUrl";
    static final String SSO_ERROR = "xxgk.sso.error";
    static final String LOGGED_IN = "xxgk.login.caller";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SsoSettings sso;

    @Inject
    OidcClient oidc;

    @Inject
    SsoEnrolment enrolment;

    @Inject
    AuditTrail audit;

    @Inject
    LoginAttempt attempt;

    @Inject
    PasswordChangeDue passwordChange;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        HttpSession existing = request.getSession(false);
        if (!context.isAuthenticationRequest() && existing != null
                && existing.getAttribute(LOGGED_IN) instanceof LoggedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isAuthenticationRequest() && credential != null) {
            return sso.enabled() ? AuthenticationStatus.SEND_FAILURE : localLogin(request, context, credential);
        }
        if (sso.enabled() && CALLBACK.equals(pathOf(request))) {
            return ssoCallback(request, context);
        }
        if (context.isProtected()) {
            recordUnknownSession(request);
            if (pathOf(request).startsWith("/api/")) {
                return context.responseUnauthorized();
            }
            if ("/".equals(pathOf(request)) && "GET".equals(request.getMethod())
                    && request.getRequestedSessionId() == null) {
                // portal: a visitor without any session at the root lands on the public portal, which
                // links to the staff login (/index.xhtml); logged-in staff keep their workspace at /,
                // and one whose session ended (logout, expiry) is asked to log in again
                return context.redirect(request.getContextPath() + PUBLIC_HOME);
            }
            String original = originalUrl(request);
            if (sso.enabled()) {
                PendingLogin pending = oidc.begin(callbackUri(request), original);
                request.getSession(true).setAttribute(PENDING_LOGIN, pending);
                return context.redirect(oidc.authorizationUri(pending).toString());
            }
            request.getSession(true).setAttribute(ORIGINAL_URL, original);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** A session cookie the server does not know: tampered with, planted, or long expired. */
    private void recordUnknownSession(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            audit.record("SESSION", "Page", pathOf(request), AuditResult.REFUSED, "unknown or expired session cookie");
        }
    }

    private AuthenticationStatus localLogin(HttpServletRequest request, HttpMessageContext context,
                                            Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = renewSessionId(request);
        session.setAttribute(LOGGED_IN,
                new LoggedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        passwordChange.markAtLogin(session, attempt.passwordChangeRequired());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus ssoCallback(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        PendingLogin pending = session == null ? null : (PendingLogin) session.getAttribute(PENDING_LOGIN);
        if (pending == null) {
            audit.recordAs(AuditTrail.ANONYMOUS, "LOGIN", "AppUser", null, AuditResult.REFUSED,
                    "sso callback without a pending login");
            return refuseSso(request, context, "sso.error.noPendingLogin");
        }
        session.removeAttribute(PENDING_LOGIN);
        try {
            URI callback = URI.create(request.getRequestURL() + (request.getQueryString() == null ? ""
                    : "?" + request.getQueryString()));
            LoginOutcome outcome = enrolment.enrol(oidc.complete(callback, pending));
            if (!outcome.valid()) {
                return refuseSso(request, context, "login.error.disabled");
            }
            Set<String> groups = outcome.roles().stream().map(Role::name).collect(Collectors.toSet());
            HttpSession renewed = renewSessionId(request);
            renewed.setAttribute(ORIGINAL_URL, pending.originalUrl());
            renewed.setAttribute(LOGGED_IN, new LoggedIn(outcome.username(), groups));
            return context.notifyContainerAboutLogin(outcome.username(), groups);
        } catch (OidcClient.SsoLoginException e) {
            audit.recordAs(AuditTrail.ANONYMOUS, "LOGIN", "AppUser", null, AuditResult.REFUSED,
                    "sso: " + e.getMessage());
            return refuseSso(request, context, "sso.error.failed");
        }
    }

    private AuthenticationStatus refuseSso(HttpServletRequest request, HttpMessageContext context, String messageKey) {
        request.getSession(true).setAttribute(SSO_ERROR, messageKey);
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /** A new session id at login, keeping the attributes: a planted session id becomes worthless. */
    private static HttpSession renewSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        return session;
    }

    private URI callbackUri(HttpServletRequest request) {
        return sso.redirectUri().map(URI::create).orElseGet(() ->
                URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + CALLBACK));
    }

    /** Where to go after login: the page asked for, if it was a plain page view. */
    private static String originalUrl(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    /** Who is logged in on a session, with the groups (roles) granted at login. */
    record LoggedIn(String name, Set<String> groups) implements java.io.Serializable {
    }
}
