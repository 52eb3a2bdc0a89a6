package cn.xxgk.identity.web;

import cn.xxgk.identity.control.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/** The outcome of the login attempt made in this request, for the login screen's message. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome.Status status() {
        return outcome == null ? LoginOutcome.Status.INVALID : outcome.status();
    }
}
