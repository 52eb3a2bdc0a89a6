package cn.xxgk.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 6, 9, 0);
    private static final Duration FORGET = Duration.ofHours(1);
    /** 2^(n-2) s from the third failure on (the arithmetic itself is BackoffTest's). */
    private static final IntFunction<Duration> WAIT = n -> n < 3 ? Duration.ZERO : Duration.ofSeconds(1L << (n - 2));

    private final LoginThrottle throttle = new LoginThrottle("account:zhang");

    @Test
    void theThirdAttemptSetsAWaitThatRefusesUntilItEnds() {
        throttle.countAttempt(T0, FORGET, WAIT);
        throttle.countAttempt(T0, FORGET, WAIT);
        assertFalse(throttle.isWaitingAt(T0));

        throttle.countAttempt(T0, FORGET, WAIT);

        assertTrue(throttle.isWaitingAt(T0.plusSeconds(1)));
        assertFalse(throttle.isWaitingAt(T0.plusSeconds(2)));
    }

    @Test
    void aRightPasswordTakesItsAttemptAndItsWaitBack() {
        throttle.countAttempt(T0, FORGET, WAIT);
        throttle.countAttempt(T0, FORGET, WAIT);
        throttle.countAttempt(T0, FORGET, WAIT);

        throttle.forgiveAttempt(WAIT);

        assertEquals(2, throttle.getFailures());
        assertNull(throttle.getWaitUntil());
    }

    @Test
    void forgivingKeepsTheWaitOfTheFailuresBefore() {
        for (int i = 0; i < 4; i++) {
            throttle.countAttempt(T0, FORGET, WAIT);
        }

        throttle.forgiveAttempt(WAIT);

        assertEquals(3, throttle.getFailures());
        assertEquals(T0.plusSeconds(2), throttle.getWaitUntil());
    }

    @Test
    void aCountLeftAloneLongEnoughStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            throttle.countAttempt(T0, FORGET, WAIT);
        }

        throttle.countAttempt(T0.plus(FORGET), FORGET, WAIT);

        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isWaitingAt(T0.plus(FORGET)));
    }

    @Test
    void clearingEndsTheWait() {
        for (int i = 0; i < 5; i++) {
            throttle.countAttempt(T0, FORGET, WAIT);
        }

        throttle.clear();

        assertEquals(0, throttle.getFailures());
        assertFalse(throttle.isWaitingAt(T0));
    }
}
