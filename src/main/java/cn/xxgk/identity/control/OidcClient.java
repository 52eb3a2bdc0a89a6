package cn.xxgk.identity.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The authorization-code flow with PKCE against the government SSO, done by the Nimbus OAuth 2.0
 * / OpenID Connect SDK: discovery, the authorization request, the token exchange and the ID
 * token checks (signature against the issuer's keys, issuer, audience, expiry, nonce).
 */
@ApplicationScoped
public class OidcClient {

    private static final int TIMEOUT_MS = 5000;

    @Inject
    SsoSettings settings;

    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    /** Starts a login: the state to keep in the session and the address to send the browser to. */
    public PendingLogin begin(URI redirectUri, String originalUrl) {
        PendingLogin pending = new PendingLogin(new State().getValue(), new Nonce().getValue(),
                new CodeVerifier().getValue(), redirectUri.toString(), originalUrl);
        return pending;
    }

    public URI authorizationUri(PendingLogin pending) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
                new ClientID(settings.clientId()), URI.create(pending.redirectUri()))
                .endpointURI(metadata().getAuthorizationEndpointURI())
                .state(new State(pending.state()))
                .nonce(new Nonce(pending.nonce()))
                .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Completes a login from the callback address the SSO redirected the browser to. */
    public SsoIdentity complete(URI callback, PendingLogin pending) throws SsoLoginException {
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
            if (!pending.state().equals(response.getState() == null ? null : response.getState().getValue())) {
                throw new SsoLoginException("state mismatch");
            }
            if (!response.indicatesSuccess()) {
                throw new SsoLoginException("SSO refused: " + response.toErrorResponse().getErrorObject().getCode());
            }
            AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
            TokenRequest tokenRequest = new TokenRequest(metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()),
                            new CodeVerifier(pending.codeVerifier())));
            var http = tokenRequest.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            TokenResponse tokenResponse = OIDCTokenResponseParser.parse(http.send());
            if (!tokenResponse.indicatesSuccess()) {
                throw new SsoLoginException("token request refused: "
                        + tokenResponse.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = validator().validate(idToken, new Nonce(pending.nonce()));
            return identityFrom(claims.toJSONObject(), settings.rolesClaim(), settings.roleMapping());
        } catch (SsoLoginException e) {
            throw e;
        } catch (Exception e) {
            throw new SsoLoginException(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Reads who the person is and which roles the claim gives them. */
    static SsoIdentity identityFrom(Map<String, Object> claims, String rolesClaim, RoleMapping mapping) {
        String subject = (String) claims.get("sub");
        String username = firstText(claims, "preferred_username", "sub");
        String name = firstText(claims, "name", "preferred_username", "sub");
        String email = (String) claims.get("email");
        return new SsoIdentity(subject, username, name, email, mapping.rolesFor(claimValues(claims, rolesClaim)));
    }

    static List<String> claimValues(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return List.of();
            }
            node = map.get(part);
        }
        List<String> values = new ArrayList<>();
        if (node instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (node instanceof String text) {
            for (String v : text.split("[,\\s]+")) {
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private static String firstText(Map<String, Object> claims, String... names) {
        for (String name : names) {
            if (claims.get(name) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private OIDCProviderMetadata metadata() {
        if (metadata == null) {
            try {
                metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MS, TIMEOUT_MS);
            } catch (Exception e) {
                throw new IllegalStateException("SSO discovery failed for " + settings.issuer() + ": " + e.getMessage(), e);
            }
        }
        return metadata;
    }

    private IDTokenValidator validator() throws Exception {
        if (validator == null) {
            OIDCProviderMetadata op = metadata();
            validator = new IDTokenValidator(op.getIssuer(), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                    op.getJWKSetURI().toURL());
        }
        return validator;
    }

    /** What must survive the round trip to the SSO; kept in the HTTP session. */
    public record PendingLogin(String state, String nonce, String codeVerifier, String redirectUri,
                               String originalUrl) implements Serializable {
    }

    /** The SSO round trip did not yield a valid identity. */
    public static class SsoLoginException extends Exception {
        public SsoLoginException(String message) {
            super(message);
        }
    }
}
