package cn.xxgk.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many wrong passwords lock a local account, and for how long. */
@ApplicationScoped
public class LockoutPolicy {

    @Inject
    @ConfigProperty(name = "xxgk.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "xxgk.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }
}
