package cn.xxgk.identity.web;

import cn.xxgk.platform.control.MessageBundle;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", MessageBundle.text("problem.forbidden"))
                    .add("status", HttpServletResponse.SC_FORBIDDEN)
                    .add("detail", MessageBundle.text("password.changeRequired"))
                    .add("instance", path)
                    .build().toString());
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }
}
