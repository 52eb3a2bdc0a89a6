package cn.xxgk.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The SSO redirects the browser here. The authentication mechanism has already completed the
 * login by the time this runs; all that is left is to go back to the page first asked for.
 */
@WebServlet(XxgkAuthenticationMechanism.CALLBACK)
public class SsoCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object original = session == null ? null : session.getAttribute(XxgkAuthenticationMechanism.ORIGINAL_URL);
        if (session != null) {
            session.removeAttribute(XxgkAuthenticationMechanism.ORIGINAL_URL);
        }
        boolean loggedIn = request.getUserPrincipal() != null;
        String target = loggedIn && original instanceof String url && url.startsWith("/") && !url.startsWith("//")
                ? url : request.getContextPath() + (loggedIn ? "/" : XxgkAuthenticationMechanism.LOGIN_PAGE);
        response.sendRedirect(target);
    }
}
