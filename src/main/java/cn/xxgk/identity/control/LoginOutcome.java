package cn.xxgk.identity.control;

import cn.xxgk.identity.entity.Role;
import java.util.Set;

/** What a login attempt came to; the login screen chooses its message from the status. */
public record LoginOutcome(Status status, String username, Set<Role> roles) {

    public enum Status {
        VALID,
        /** Unknown user or wrong password: the two are not told apart on screen. */
        INVALID,
        LOCKED,
        DISABLED
    }

    public static LoginOutcome refused(Status status, String username) {
        return new LoginOutcome(status, username, Set.of());
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
