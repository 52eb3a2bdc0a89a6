package cn.xxgk.identity.control;

import cn.xxgk.identity.entity.Role;
import java.util.Set;

/**
 * What a login attempt came to. The statuses other than VALID are for the audit record: the
 * login screen shows one and the same message for all of them, so that it tells nobody whether
 * a name exists, is disabled or is being throttled.
 */
public record LoginOutcome(Status status, String username, Set<Role> roles, boolean passwordChangeRequired) {

    public enum Status {
        VALID,
        UNKNOWN_USER,
        WRONG_PASSWORD,
        /** An attempt during a wait of the address or the account: refused unchecked. */
        THROTTLED,
        DISABLED
    }

    public static LoginOutcome refused(Status status, String username) {
        return new LoginOutcome(status, username, Set.of(), false);
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
