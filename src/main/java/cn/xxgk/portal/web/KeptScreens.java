package cn.xxgk.portal.web;

import cn.xxgk.platform.web.SecurityHeaders;
import cn.xxgk.search.boundary.Search;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public search screens as last drawn, sent again to the next reader who asks the same while the
 * catalogue has not changed: what a reverse proxy's micro-cache does for a public site, here on the node
 * itself. A screen is the same for every reader asking the same address with the same languages and text
 * size: it holds no session, no form token and no script. It shows search results, which change only
 * with the version of the index ({@link Search#version()}, read before drawing, part of the key), and a
 * few lists the office edits (agency name, subjects, document types): a kept screen is dropped after
 * {@link #FRESH_FOR} so that such an edit shows within a minute. Not kept: anything but a 200 (a refused
 * query's 400), a screen that sets a cookie or carries a script. {@code xxgk.portal.cache.entries}
 * screens at most (≈ 25 KB each: ≈ 12 MB at the default 500; 0: none kept).
 */
@ApplicationScoped
public class KeptScreens {

    /** How long a kept screen may show the office's lists (not the results) as they were. */
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** Sent with a kept screen instead of the per-response nonce policy: the screen has no script of its own. */
    public static final String SCRIPT_POLICY = "script-src 'self'";

    /** One drawing of one address for one kind of reader on one version of the catalogue. */
    record Key(long version, String address, String languages, boolean largeText) {
    }

    /** A drawn screen and the headers of its own that it is sent with. */
    record Screen(String contentType, String contentLanguage, byte[] body) {
    }

    /** Draws the screen into the response given (the forward to its view). */
    @FunctionalInterface
    interface Drawing {
        void to(HttpServletResponse response) throws IOException, ServletException;
    }

    @Inject
    Search search;

    @Inject
    SecurityHeaders headers;

    @Inject
    @ConfigProperty(name = "xxgk.portal.cache.entries", defaultValue = "500")
    int entries = 500;

    private Cache<Key, Screen> screens;

    @PostConstruct
    void open() {
        screens = entries > 0
                ? Caffeine.newBuilder().maximumSize(entries).expireAfterWrite(FRESH_FOR).build() : null;
    }

    /** Sends the screen kept for this GET, or has it drawn, sends it and keeps it when it may be kept. */
    void serve(HttpServletRequest request, HttpServletResponse response, Drawing drawing)
            throws IOException, ServletException {
        if (screens == null || !"GET".equals(request.getMethod())) {
            drawing.to(response);
            return;
        }
        Key key = new Key(search.version(), address(request), String.valueOf(request.getHeader("Accept-Language")),
                TextSizeServlet.largeText(request));
        Screen kept = screens.getIfPresent(key);
        if (kept != null) {
            send(kept, request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        drawing.to(captured);
        byte[] body = captured.body();
        if (captured.shareable() && !new String(body, StandardCharsets.UTF_8).contains("<script")) {
            screens.put(key, new Screen(response.getContentType(), response.getHeader("Content-Language"), body));
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private void send(Screen screen, HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers.apply(request, response);
        response.addHeader("Content-Security-Policy", SCRIPT_POLICY);
        response.setContentType(screen.contentType());
        if (screen.contentLanguage() != null) {
            response.setHeader("Content-Language", screen.contentLanguage());
        }
        response.setContentLength(screen.body().length);
        response.getOutputStream().write(screen.body());
    }

    private static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
