package cn.xxgk.identity.web;

import cn.xxgk.identity.control.PasswordPolicy;
import cn.xxgk.identity.control.SsoSettings;
import cn.xxgk.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The local login form (used when no SSO is configured). */
@Named
@RequestScoped
public class LoginView {

    static final String REFUSED = "login.error.refused";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    SsoSettings sso;

    @Inject
    Messages messages;

    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String password;

    /** Shows a message left by a refused SSO login, and sends a logged-in user home. */
    public void onLoad() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(XxgkAuthenticationMechanism.SSO_ERROR) instanceof String key) {
            session.removeAttribute(XxgkAuthenticationMechanism.SSO_ERROR);
            messages.error(null, key);
        }
        if (request.getUserPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object original = session.getAttribute(XxgkAuthenticationMechanism.ORIGINAL_URL);
            session.removeAttribute(XxgkAuthenticationMechanism.ORIGINAL_URL);
            external.redirect(original instanceof String url && url.startsWith("/") && !url.startsWith("//")
                    ? url : external.getRequestContextPath() + "/");
            faces.responseComplete();
            return;
        }
        // one message for every refusal (unknown name, wrong password, throttled, disabled): the
        // screen tells nobody which names exist; the audit record keeps the true reason
        messages.error(null, REFUSED);
    }

    public boolean isSsoEnabled() {
        return sso.enabled();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
