package cn.xxgk.archive.boundary;

import cn.xxgk.archive.entity.ArchiveRun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Writes a year run's progress, each change committed at once (its own transaction), so that the
 * progress bar of any session and a later reload see it. Called by the run only, not by users.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunLedger {

    @PersistenceContext EntityManager em;
    @Inject Clock clock;

    /** A new run of the year, committed at once. */
    public ArchiveRun open(int year, String by) {
        ArchiveRun run = new ArchiveRun(year, by, now());
        em.persist(run);
        return run;
    }

    public void total(long runId, int total) {
        em.find(ArchiveRun.class, runId).counted(total, now());
    }

    public void advance(long runId, int records, int sealed) {
        em.find(ArchiveRun.class, runId).advance(records, sealed, now());
    }

    public void finish(long runId) {
        em.find(ArchiveRun.class, runId).finish(now());
    }

    /** A run cut off by a restart: marked so, a new run resumes. */
    public void interrupted(long runId) {
        em.find(ArchiveRun.class, runId).interrupted(now());
    }

    public void fail(long runId, String why) {
        em.find(ArchiveRun.class, runId).fail(why, now());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
