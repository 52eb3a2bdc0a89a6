package cn.xxgk.identity.control;

import java.time.Duration;

/**
 * The growing delay between login attempts: the first {@code freeFailures - 1} failures cost
 * nothing; from the {@code freeFailures}-th on, the next attempt waits 2, 4, 8, ... seconds, at
 * most {@code maxWait}. (With 3 free failures: after the 3rd failure 2 s, after the 4th 4 s, and
 * 5 minutes from the 11th on.)
 */
public record Backoff(int freeFailures, Duration maxWait) {

    public Backoff {
        if (freeFailures < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("freeFailures >= 1 and a positive maxWait: " + freeFailures + ", " + maxWait);
        }
    }

    /** How long the next attempt waits after {@code failures} failures in a row. */
    public Duration waitAfter(int failures) {
        int doublings = failures - freeFailures + 1;
        if (doublings < 1) {
            return Duration.ZERO;
        }
        // 2^30 s is beyond any sensible cap: no overflow however long an attacker goes on
        Duration wait = Duration.ofSeconds(1L << Math.min(doublings, 30));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
