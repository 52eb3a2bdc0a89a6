package cn.xxgk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How far the demo data (xxgk.demo.enabled, the run command and the tests) has come. It loads in the
 * background after deployment, so that it never delays readiness, and a part that fails (a letter
 * without a usable font, say) is logged with its reason and leaves the application running without
 * it. GET /health/started reports it as the check "demo-data" ({@code DemoDataCheck}): the tests and
 * the run command wait for it before they use the demo accounts.
 */
@ApplicationScoped
public class DemoDataProgress {

    private static final Logger LOG = Logger.getLogger(DemoDataProgress.class.getName());

    /** Where the loading stands. */
    public enum State { OFF, LOADING, SETTLED }

    private volatile State state = State.OFF;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /** The loading has been scheduled: started is DOWN until {@link #settled()}. */
    public void loading() {
        state = State.LOADING;
    }

    /** Every part has been loaded, found present already, or failed. */
    public void settled() {
        state = State.SETTLED;
        if (failures.isEmpty()) {
            LOG.info("Demo data ready");
        }
    }

    /**
     * Loads one part of the demo data (in its own transaction: the caller passes a call through its
     * bean's business interface), recording instead of throwing what stops it.
     *
     * @return whether the part loaded (or was there already)
     */
    public boolean attempt(String part, Runnable load) {
        try {
            load.run();
            return true;
        } catch (RuntimeException failure) {
            String reason = reason(failure);
            failures.put(part, reason);
            LOG.log(Level.WARNING, "Demo data: the " + part + " could not be loaded (" + reason
                    + "); the application runs without it", failure);
            return false;
        }
    }

    public State state() {
        return state;
    }

    /** Each failed part with its reason. */
    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /** What stopped it: a missing setting as it was said, else the innermost cause (the container wraps it). */
    private static String reason(Throwable failure) {
        Throwable shown = Failures.find(failure, MissingSettingException.class);
        if (shown == null) {
            shown = failure;
            while (shown.getCause() != null && shown.getCause() != shown) {
                shown = shown.getCause();
            }
        }
        return shown.getClass().getSimpleName() + ": " + shown.getMessage();
    }
}
