package cn.xxgk.archive.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.Retention;
import cn.xxgk.archive.entity.ArchiveRule;
import cn.xxgk.archive.entity.ArchiveRun;
import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.platform.control.ConcurrentChangeException;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive's commands: seal one record now (on demand), start (or resume) a year's run, change a
 * row of the retention rule. Each is audited; bad input is refused before anything changes.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
public class ArchiveCommands {

    static final String TYPE = "ArchivePackage";

    /**
     * A run without progress for this long is taken as cut off by a restart and may be resumed
     * (XXGK_ARCHIVE_STALLED_SECONDS; a record's sealing takes well under a second).
     */
    @Inject
    @ConfigProperty(name = "xxgk.archive.stalled-seconds", defaultValue = "120")
    long stalledSeconds;

    /** The first year a record can have been formed in: the Regulations of 2007 took effect in 2008. */
    public static final int FIRST_YEAR = 2008;

    @PersistenceContext EntityManager em;
    @Resource SessionContext session;
    @Inject Sealer sealer;
    @Inject ArchiveWorker worker;
    @Inject RunLedger ledger;
    @Inject Clock clock;

    /** Seals one ended request or published entry now; a record sealed before answers with its package. */
    @Audited(action = "ARCHIVE_SEAL", objectType = TYPE)
    public Sealer.Sealed seal(Long id, ArchiveKind kind) {
        if (id == null || kind == null) {
            throw new InvalidInputException("archive.invalid.record");
        }
        return sealer.seal(kind, id);
    }

    /**
     * Starts the year's run in the background, or answers with the run under way; a run that failed
     * or stalled is resumed by a new one (what is sealed stays and is skipped). No lock is held here:
     * two runs of a year started at once seal each record once all the same (the serial row's lock
     * and the unique key on the record), they only share the work.
     */
    @Audited(action = "ARCHIVE_RUN_START", objectType = "ArchiveRun")
    public ArchiveRun startYear(int year) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (year < FIRST_YEAR || year > now.getYear()) {
            throw new InvalidInputException("archive.invalid.year", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(now.getYear()));
        }
        List<ArchiveRun> running = em.createQuery("SELECT r FROM ArchiveRun r WHERE r.year = :year AND r.state = :running",
                ArchiveRun.class).setParameter("year", year).setParameter("running", ArchiveRun.State.RUNNING).getResultList();
        for (ArchiveRun run : running) {
            if (!run.isStalled(now, Duration.ofSeconds(stalledSeconds))) {
                return run;
            }
            ledger.interrupted(run.getId());
        }
        // the run's row is committed before the worker starts, so that the worker and other sessions see it
        ArchiveRun run = ledger.open(year, session.getCallerPrincipal().getName());
        worker.run(run.getId(), year);
        return run;
    }

    /** A new period for a row of the rule (from now on; sealed packages keep theirs), or a new row. */
    @Audited(action = "ARCHIVE_RULE_CHANGE", objectType = "ArchiveRule")
    public ArchiveRule changeRule(ArchiveKind kind, String classifier, Retention retention, Long seenVersion) {
        if (kind == null || retention == null || classifier == null || !classifier.matches("\\*|[A-Z][A-Z_]{0,63}")) {
            throw new InvalidInputException("archive.invalid.rule");
        }
        if (!ArchiveShelf.classifiers(kind).contains(classifier)) {
            throw new InvalidInputException("archive.invalid.classifier", classifier);
        }
        List<ArchiveRule> found = em.createQuery("SELECT r FROM ArchiveRule r WHERE r.kind = :kind AND r.classifier = :c",
                ArchiveRule.class).setParameter("kind", kind).setParameter("c", classifier).getResultList();
        String by = session.getCallerPrincipal().getName();
        LocalDateTime now = LocalDateTime.now(clock);
        if (found.isEmpty()) {
            ArchiveRule rule = new ArchiveRule(kind, classifier, retention, by, now);
            em.persist(rule);
            return rule;
        }
        ArchiveRule rule = found.getFirst();
        if (seenVersion != null) {
            ConcurrentChangeException.check("ArchiveRule", rule.getId(), seenVersion, rule.getVersion());
        }
        rule.change(retention, by, now);
        return rule;
    }

    /** Removes a row of the rule (records it matched fall back to the kind's "*" row, or are kept permanently). */
    @Audited(action = "ARCHIVE_RULE_REMOVE", objectType = "ArchiveRule")
    public void removeRule(Long id, Long seenVersion) {
        ArchiveRule rule = id == null ? null : em.find(ArchiveRule.class, id);
        if (rule == null || seenVersion == null) {
            throw new ConcurrentChangeException("ArchiveRule", id);
        }
        ConcurrentChangeException.check("ArchiveRule", id, seenVersion, rule.getVersion());
        em.remove(rule);
    }
}
