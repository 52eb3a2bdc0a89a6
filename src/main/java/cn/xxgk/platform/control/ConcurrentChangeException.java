package cn.xxgk.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else changed the object since it was shown to this user (optimistic locking).
 * The user is told so and asked to reload; the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

    public static final String MESSAGE_KEY = "error.concurrentChange";

    public ConcurrentChangeException(String objectType, Object id) {
        super(objectType + " " + id + " was changed by someone else");
    }

    /** Compares the version the user saw with the current one. */
    public static void check(String objectType, Object id, long seenVersion, long currentVersion) {
        if (seenVersion != currentVersion) {
            throw new ConcurrentChangeException(objectType, id);
        }
    }
}
