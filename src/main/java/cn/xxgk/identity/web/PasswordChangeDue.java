package cn.xxgk.identity.web;

import cn.xxgk.identity.control.PasswordChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Whether the session's user must replace a password the office head set before doing anything
 * else. Marked at login (from the account), kept in the session, lifted when the change commits.
 */
@ApplicationScoped
public class PasswordChangeDue {

    static final String ATTRIBUTE = "xxgk.login.passwordChangeDue";

    @Inject
    HttpServletRequest request;

    void markAtLogin(HttpSession session, boolean due) {
        if (due) {
            session.setAttribute(ATTRIBUTE, Boolean.TRUE);
        } else {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    static boolean isDue(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) != null;
    }

    public boolean isDue() {
        return isDue(request);
    }

    /** The user's own change has committed (screen or API): the session may go anywhere again. */
    void lift(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged changed) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
