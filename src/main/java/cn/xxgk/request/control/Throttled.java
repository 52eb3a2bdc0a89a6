package cn.xxgk.request.control;

import jakarta.ejb.ApplicationException;

/**
 * A portal call refused because its address (or the request it asks about) has made too many in
 * the current window; {@link #retryAfterSeconds} says when the window ends. Refused before anything
 * is checked or changed.
 */
@ApplicationException(rollback = true)
public class Throttled extends RuntimeException {

    private final long retryAfterSeconds;

    public Throttled(long retryAfterSeconds) {
        super("too many calls, retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
