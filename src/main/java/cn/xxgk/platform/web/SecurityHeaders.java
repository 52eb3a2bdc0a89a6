package cn.xxgk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every response carries, set before anything is written: by
 * {@link SecurityHeadersFilter} for what the application answers (pages, API, error pages,
 * forwards) and by {@link HeadersBeforeAuthentication} for what the authentication mechanism answers
 * before any filter runs (the redirect to the login page or the SSO, the API's 401).
 * <p>
 * Scripts are governed by PrimeFaces' own CSP header (a nonce per response, primefaces.CSP in
 * web.xml); this policy adds what PrimeFaces does not: no framing by other sites, no plugins,
 * forms and base URLs only to ourselves. Browsers apply both policies, so a script must satisfy
 * the nonce policy as well.
 * <p>
 * Nothing is stored by the browser or a proxy ({@code no-store}): pages and JSON carry personal
 * data (applicants, their ID numbers, who did what). Only the static resources of the pages
 * (scripts, styles, images under /jakarta.faces.resource/ and /resources/) stay cacheable, and an API
 * answer that is explicitly public says so itself (a public attachment), replacing this header.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] STATIC = {"/jakarta.faces.resource/", "/resources/", "/favicon.ico"};

    /** Set behind TLS: the browser then refuses plain HTTP to this host for a year. */
    @Inject
    @ConfigProperty(name = "xxgk.https", defaultValue = "false")
    boolean https;

    public void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isStatic(pathOf(request))) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The path within the application (without the context root). */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
