package cn.xxgk.identity.web;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Ends the session. POST only, so that a link or an image on another site cannot log people
 * out; the logout button is a small form. Then back to the login page (or the SSO's start page).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            audit.recordAs(principal.getName(), "LOGOUT", "AppUser", null, AuditResult.SUCCESS, null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + XxgkAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}
