package cn.xxgk.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An origin as browsers compare them (RFC 6454): scheme, host and port, nothing else. The port is
 * always explicit (80 for http, 443 for https when the URL leaves it out) and scheme and host are
 * lower case, so that {@code http://Example.org} and {@code http://example.org:80} are equal.
 */
record WebOrigin(String scheme, String host, int port) {

    WebOrigin {
        scheme = scheme.toLowerCase(Locale.ROOT);
        host = unbracketed(host.toLowerCase(Locale.ROOT));
        port = port < 0 ? defaultPort(scheme) : port;
    }

    /**
     * The origin of a URL (an Origin header, a Referer, a configured base URL); empty for anything
     * that is not an absolute http(s) URL with a host, such as the {@code null} origin of a sandboxed
     * frame or a file.
     */
    static Optional<WebOrigin> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return Optional.empty();
            }
            return Optional.of(new WebOrigin(scheme, uri.getHost(), uri.getPort()));
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /** An IPv6 address is written [::1] in a URL; compare the address itself. */
    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
