package cn.xxgk.identity.web;

import cn.xxgk.platform.api.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Keeps a user who must replace an initial password ({@link PasswordChangeDue}) on the change
 * screen: every other page redirects there, every other API call is refused with a 403 problem.
 * The change itself, logging out, the error pages and the page resources stay open.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    static final String CHANGE_PAGE = "/account/password.xhtml";
    private static final List<String> OPEN = List.of(CHANGE_PAGE, "/api/v1/account/password", "/api/v1/me",
            "/logout", "/login.xhtml");
    private static final List<String> OPEN_PREFIXES = List.of("/jakarta.faces.resource/", "/resources/", "/error/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!PasswordChangeDue.isDue(request) || OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            Problem.write(response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden", "password.changeRequired",
                    path);
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }
}
