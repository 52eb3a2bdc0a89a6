package cn.xxgk.platform.web;

import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a state-changing request came from one of our own pages, from what the browser
 * says about where it was sent from (the Origin header, else the Referer).
 * <ul>
 * <li>An Origin header decides alone: ours, or foreign. Browsers send it on every cross-site POST,
 * PUT, PATCH and DELETE, whatever the body (JSON, form, multipart), and a page cannot suppress or
 * forge it. {@code Origin: null} (a sandboxed frame, a file, a privacy redirect) is foreign.</li>
 * <li>Without an Origin, a Referer decides the same way (older browsers sent Origin only with
 * CORS requests, but always the Referer; our Referrer-Policy, same-origin, keeps it on our own
 * requests).</li>
 * <li>With neither, the request did not come from a browser page: scripts, the integration tests,
 * other systems calling the API. They are {@link Verdict#NO_BROWSER} and let through: CSRF rides on
 * a victim's browser, which always names the origin of a cross-site request, so a request without
 * one carries no stolen session; whoever sends it holds the session himself.</li>
 * </ul>
 * Our origins are the request's own scheme, host and port (what the browser addressed) and the
 * configured public base URLs, for a reverse proxy that changes scheme, host or port on the way.
 */
final class SameOriginPolicy {

    enum Verdict { SAME_ORIGIN, NO_BROWSER, FOREIGN }

    private SameOriginPolicy() {
    }

    static Verdict judge(Set<WebOrigin> ours, String originHeader, String refererHeader) {
        String claimed = present(originHeader) ? originHeader : refererHeader;
        if (!present(claimed)) {
            return Verdict.NO_BROWSER;
        }
        Optional<WebOrigin> origin = WebOrigin.of(claimed);
        return origin.isPresent() && ours.contains(origin.get()) ? Verdict.SAME_ORIGIN : Verdict.FOREIGN;
    }

    /** Whether a method may change something (anything but GET, HEAD, OPTIONS and TRACE). */
    static boolean unsafe(String method) {
        return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }
}
