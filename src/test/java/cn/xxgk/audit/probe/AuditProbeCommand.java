package cn.xxgk.audit.probe;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.SerialRows;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Test-only audited commands, deployed by ConcurrentIntakeIT beside the application: one that
 * succeeds, one that fails while it holds a row lock (the shape of an intake failing after it has
 * taken its number).
 */
@Stateless
@PermitAll
public class AuditProbeCommand {

    static final String SUCCESS = "PROBE_SUCCESS";
    static final String LOCKED_FAILURE = "PROBE_LOCKED_FAILURE";

    @Inject
    SerialRows rows;

    @Audited(action = SUCCESS, objectType = "Probe")
    public String succeed(String key) {
        return key;
    }

    /** Locks one probe serial row (all callers the same row), holds it a moment, then fails. */
    @Audited(action = LOCKED_FAILURE, objectType = "Probe")
    public void lockThenFail(String key) throws InterruptedException {
        rows.next("index_serial", List.of("organisation_code", "year"), "PROBE", 1);
        Thread.sleep(20);
        throw new InvalidInputException("request.invalid.token");
    }
}
