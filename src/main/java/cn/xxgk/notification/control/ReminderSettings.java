package cn.xxgk.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When reminders are given and how the outbox retries; all configurable. */
@ApplicationScoped
public class ReminderSettings {

    /** Working days before the due date at which a reminder is given (default 5 and 2). */
    @Inject
    @ConfigProperty(name = "xxgk.reminder.before", defaultValue = "5,2")
    String before;

    /** The first retry of a failed mail after this many seconds, doubling up to an hour. */
    @Inject
    @ConfigProperty(name = "xxgk.notification.retry-seconds", defaultValue = "60")
    int retrySeconds;

    /** How long a node may hold claimed rows before another node takes them over. */
    @Inject
    @ConfigProperty(name = "xxgk.notification.claim-seconds", defaultValue = "300")
    int claimSeconds;

    @Inject
    @ConfigProperty(name = "xxgk.notification.batch", defaultValue = "100")
    int batch;

    /** Deadlines one planning pass looks at, the most urgent first; the next pass takes the rest. */
    @Inject
    @ConfigProperty(name = "xxgk.notification.plan-batch", defaultValue = "500")
    int planBatch;

    public List<Integer> beforePoints() {
        return Arrays.stream(before.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted((a, b) -> b - a).toList();
    }

    public int horizon() {
        return beforePoints().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The reminder due with this many working days left, if any: the smallest threshold reached
     * (2 before 5), DUE_TODAY at 0, OVERDUE below.
     */
    public Optional<ReminderKind> kindFor(int remainingWorkingDays) {
        if (remainingWorkingDays < 0) {
            return Optional.of(ReminderKind.OVERDUE);
        }
        if (remainingWorkingDays == 0) {
            return Optional.of(ReminderKind.DUE_TODAY);
        }
        return beforePoints().stream().sorted().filter(t -> remainingWorkingDays <= t).findFirst()
                .map(ReminderKind::before);
    }

    public Duration retryDelay(int attempts) {
        long seconds = retrySeconds * (1L << Math.min(Math.max(attempts - 1, 0), 16));
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public Duration claimDuration() {
        return Duration.ofSeconds(claimSeconds);
    }

    public int batch() {
        return batch;
    }

    public int planBatch() {
        return planBatch;
    }
}
