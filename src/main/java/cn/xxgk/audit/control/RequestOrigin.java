package cn.xxgk.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the audit record where a call came from. Behind a reverse proxy the client address is
 * in X-Forwarded-For, but that header is only believed when the direct peer is one of the
 * configured trusted proxies; otherwise anybody could write any address into the audit record.
 */
@ApplicationScoped
public class RequestOrigin {

    /** Used for work without an HTTP request: timers, start-up. */
    public static final String SYSTEM = "system";

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    @ConfigProperty(name = "xxgk.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    public String clientAddress() {
        try {
            HttpServletRequest current = request.get();
            return clientAddress(current.getRemoteAddr(), current.getHeader("X-Forwarded-For"), trusted());
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException noRequest) {
            return SYSTEM;
        }
    }

    static String clientAddress(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor != null && !forwardedFor.isBlank() && trustedProxies.contains(peer)) {
            String[] hops = forwardedFor.split(",");
            return hops[0].strip();
        }
        return peer;
    }

    private Set<String> trusted() {
        return Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
