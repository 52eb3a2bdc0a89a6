package cn.xxgk.portal.web;

import cn.xxgk.platform.web.ReaderRequest;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's addresses as people and search engines see them, forwarded to the JSF views that
 * draw them: {@code /public/} to the home, {@code /public/search} to {@code search.xhtml} (any
 * {@code /public/<name>} whose view exists), and {@code /public/entry/{organisationCode}/{year-serial}}
 * to the entry view with both parts as parameters. An address with no view falls through (404).
 * A reader's GET is forwarded without a server session ({@link ReaderRequest}).
 */
@WebFilter(urlPatterns = "/public/*")
public class PublicAddresses extends HttpFilter {

    /** The view whose screens are kept for the next reader ({@link KeptScreens}): the search. */
    static final String SEARCH_VIEW = "/public/search.xhtml";

    @Inject
    KeptScreens kept;

    private static final Pattern ENTRY = Pattern.compile("/public/entry/([^/]{1,40})/([^/]{1,20})");
    private static final Pattern PAGE = Pattern.compile("/public/([a-z][a-z-]{0,30})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String view = viewOf(request.getRequestURI().substring(request.getContextPath().length()));
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        HttpServletRequest passed = reading ? new ReaderRequest(request) : request;
        if (view == null) {
            chain.doFilter(passed, response);
        } else if (view.equals(SEARCH_VIEW)) {
            kept.serve(passed, response, drawn -> request.getRequestDispatcher(view).forward(passed, drawn));
        } else {
            request.getRequestDispatcher(view).forward(passed, response);
        }
    }

    /** The view (with its parameters) an address stands for, or null when it is not a pretty address. */
    String viewOf(String path) {
        if (path.equals("/public") || path.equals("/public/")) {
            return "/public/index.xhtml";
        }
        Matcher entry = ENTRY.matcher(path);
        if (entry.matches()) {
            return "/public/entry.xhtml?org=" + encode(entry.group(1)) + "&serial=" + encode(entry.group(2));
        }
        Matcher page = PAGE.matcher(path);
        if (page.matches() && exists("/public/" + page.group(1) + ".xhtml")) {
            return "/public/" + page.group(1) + ".xhtml";
        }
        return null;
    }

    private boolean exists(String view) {
        try {
            return getServletContext().getResource(view) != null;
        } catch (java.net.MalformedURLException e) {
            return false;
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
