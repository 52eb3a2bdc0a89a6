package cn.xxgk.platform.web;

import cn.xxgk.platform.api.Problem;
import cn.xxgk.platform.control.Refusal;
import cn.xxgk.platform.web.SameOriginPolicy.Verdict;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-site request forgery: a POST, PUT, PATCH or DELETE sent by another site's page is refused
 * before any application code runs (no JAX-RS resource, no JSF phase, no body read), whatever its
 * body (JSON, form, multipart). Which requests count as another site's: {@link SameOriginPolicy}.
 * This covers the REST API and the screens alike: a JSF postback is a POST to the page, and its
 * view state (server-side, an unguessable id) and PrimeFaces' nonce are only looked at by JSF later.
 * <p>
 * A refusal is recorded (a {@link Refusal} event, CROSS_ORIGIN) and answered with 403: a
 * problem+json in Chinese under /api/, else {@value #REFUSAL_PAGE}. The filter runs on the
 * request only, not on forwards and error pages (which are ours).
 */
@WebFilter(filterName = "CrossOriginFilter", urlPatterns = "/*", asyncSupported = true)
public class CrossOriginFilter extends HttpFilter {

    static final String REFUSAL_PAGE = "/error/cross-origin.xhtml";

    /**
     * The public base URLs (comma-separated, e.g. {@code https://xxgk.example.gov.cn}) when a reverse
     * proxy changes the scheme, host or port the browser used; the request's own origin is always ours.
     */
    @Inject
    @ConfigProperty(name = "xxgk.public-url", defaultValue = " ")
    String publicUrls;

    @Inject
    SecurityHeaders headers;

    @Inject
    Event<Refusal> refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SameOriginPolicy.unsafe(request.getMethod())
                || SameOriginPolicy.judge(ours(request), request.getHeader("Origin"), request.getHeader("Referer"))
                != Verdict.FOREIGN) {
            chain.doFilter(request, response);
            return;
        }
        String path = SecurityHeaders.pathOf(request);
        boolean api = path.startsWith("/api/");
        refusals.fire(new Refusal("CROSS_ORIGIN", api ? "Api" : "Page", path, "sent by another site's page"));
        headers.apply(request, response);
        if (api) {
            Problem.write(response, HttpServletResponse.SC_FORBIDDEN, "problem.crossOrigin", "problem.crossOrigin.detail",
                    request.getRequestURI());
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(REFUSAL_PAGE).forward(new PageView(request), response);
        }
    }

    /** The request's own origin (what the browser addressed) and the configured public ones. */
    private Set<WebOrigin> ours(HttpServletRequest request) {
        return Stream.concat(
                        Stream.of(new WebOrigin(request.getScheme(), request.getServerName(), request.getServerPort())),
                        Arrays.stream(publicUrls.split(",")).map(WebOrigin::of).flatMap(Optional::stream))
                .collect(Collectors.toSet());
    }

    /**
     * The refused request as a plain page view (GET, no parameters), so that the refusal page is
     * rendered afresh: no view is restored, no parameter or body of the refused post is read.
     */
    private static final class PageView extends HttpServletRequestWrapper {

        PageView(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
