package cn.xxgk.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The government SSO (OpenID Connect) as configured. With an issuer, login goes there and the
 * local password form is off; without one, people log in with local accounts.
 */
@ApplicationScoped
public class SsoSettings {

    @Inject
    @ConfigProperty(name = "xxgk.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "xxgk.oidc.client-id", defaultValue = "xxgk")
    String clientId;

    @Inject
    @ConfigProperty(name = "xxgk.oidc.client-secret", defaultValue = " ")
    String clientSecret;

    /** The claim holding groups or roles; a dotted path reaches into nested claims (realm_access.roles). */
    @Inject
    @ConfigProperty(name = "xxgk.oidc.roles-claim", defaultValue = "groups")
    String rolesClaim;

    /** claimValue=ROLE pairs, comma separated; see {@link RoleMapping}. */
    @Inject
    @ConfigProperty(name = "xxgk.oidc.role-map", defaultValue = " ")
    String roleMap;

    /** The callback address as the SSO must see it, when the proxy in front changes it. */
    @Inject
    @ConfigProperty(name = "xxgk.oidc.redirect-uri")
    Optional<String> redirectUri;

    private RoleMapping mapping;

    @PostConstruct
    void parse() {
        mapping = RoleMapping.parse(roleMap);
    }

    public boolean enabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow().strip();
    }

    public String clientId() {
        return clientId.strip();
    }

    public String clientSecret() {
        return clientSecret.strip();
    }

    public String rolesClaim() {
        return rolesClaim.strip();
    }

    public RoleMapping roleMapping() {
        return mapping;
    }

    public Optional<String> redirectUri() {
        return redirectUri.filter(s -> !s.isBlank());
    }
}
