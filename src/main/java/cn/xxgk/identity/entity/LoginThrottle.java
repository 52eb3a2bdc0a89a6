package cn.xxgk.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.IntFunction;

/**
 * The login attempts counted against one client address or one account name, and how long the
 * next one must wait. Every attempt is counted before its password is checked (so that parallel
 * guesses cannot slip past the count) and taken back when the password proves right. An attempt
 * made while a wait runs is refused unchecked and not counted: a stream of them cannot stretch the
 * wait. Not in the shared cache: every node must see the same count.
 */
@Entity
@Cacheable(false)
@Table(name = "login_throttle")
@NamedQuery(name = LoginThrottle.FORGET, query = "DELETE FROM LoginThrottle t"
        + " WHERE (t.waitUntil IS NULL OR t.waitUntil < :now) AND (t.lastFailureAt IS NULL OR t.lastFailureAt < :forgotten)")
public class LoginThrottle {

    /** Deletes the counts whose wait is over and whose last failure is older than {@code forgotten}. */
    public static final String FORGET = "LoginThrottle.forget";

    @Id
    @Column(name = "throttle_key", length = 120)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private LocalDateTime lastFailureAt;

    @Column(name = "wait_until")
    private LocalDateTime waitUntil;

    @Version
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key) {
        this.key = key;
    }

    /** True while an attempt with this key must wait: it is refused without checking the password. */
    public boolean isWaitingAt(LocalDateTime now) {
        return waitUntil != null && now.isBefore(waitUntil);
    }

    /**
     * Counts an attempt as a failure until its password proves right, and sets the wait the
     * following attempt must keep. A count whose last failure is {@code forgetAfter} old starts afresh.
     *
     * @param waitAfter the wait after a given number of failures (zero: none)
     */
    public void countAttempt(LocalDateTime now, Duration forgetAfter, IntFunction<Duration> waitAfter) {
        if (lastFailureAt != null && !now.isBefore(lastFailureAt.plus(forgetAfter))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        waitUntil = waitFrom(now, waitAfter.apply(failures));
    }

    /** The attempt counted last had the right password: it no longer counts, nor does its wait. */
    public void forgiveAttempt(IntFunction<Duration> waitAfter) {
        failures = Math.max(0, failures - 1);
        waitUntil = failures == 0 ? null : waitFrom(lastFailureAt, waitAfter.apply(failures));
    }

    /** The owner of the account got in: the failures against it are over. */
    public void clear() {
        failures = 0;
        lastFailureAt = null;
        waitUntil = null;
    }

    private static LocalDateTime waitFrom(LocalDateTime from, Duration wait) {
        return wait.isZero() ? null : from.plus(wait);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getWaitUntil() {
        return waitUntil;
    }

    public long getVersion() {
        return version;
    }
}
