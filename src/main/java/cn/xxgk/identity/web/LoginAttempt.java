package cn.xxgk.identity.web;

import cn.xxgk.identity.control.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** The outcome of the login attempt made in this request, for the login mechanism. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    /** True if the user who just logged in must replace a password the office head set. */
    public boolean passwordChangeRequired() {
        return outcome != null && outcome.passwordChangeRequired();
    }
}
