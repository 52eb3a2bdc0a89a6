package cn.xxgk.audit.probe;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    @PersistenceContext
    EntityManager em;

    @Audited(action = SUCCESS, objectType = "Probe")
    public String succeed(String key) {
        return key;
    }

    /**
     * Locks one probe serial row (all callers the same row, which the test creates), holds it a
     * moment, then fails. Plain SQL, so that the probe runs on the code before issue #13 as well.
     */
    @Audited(action = LOCKED_FAILURE, objectType = "Probe")
    public void lockThenFail(String key) throws InterruptedException {
        em.createNativeQuery("UPDATE index_serial SET last_serial = last_serial + 1 WHERE organisation_code = 'PROBE'"
                + " AND year = 1").executeUpdate();
        Thread.sleep(20);
        throw new InvalidInputException("request.invalid.token");
    }
}
