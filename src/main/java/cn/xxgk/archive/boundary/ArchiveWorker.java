package cn.xxgk.archive.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;

import cn.xxgk.archive.control.ArchiveKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a year in the background: the year's ended requests and published entries, each sealed in a
 * transaction of its own ({@link Sealer}), the progress committed as it goes ({@link RunLedger}).
 * Records sealed before (by an earlier, interrupted run or on demand) are skipped, so a run that
 * stopped is finished by running the year again, without a record twice. The first record that
 * cannot be sealed stops the run with its reason.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_HEAD})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveWorker {

    private static final Logger LOG = Logger.getLogger(ArchiveWorker.class.getName());

    /** Progress is written after this many records (and at the end). */
    static final int PROGRESS_EVERY = 10;

    @Inject Dossiers dossiers;
    @Inject Sealer sealer;
    @Inject RunLedger ledger;

    @Asynchronous
    public void run(long runId, int year) {
        ArchiveKind kind = null;
        long current = 0;
        try {
            List<Long> requests = dossiers.idsOfYear(ArchiveKind.REQUEST, year);
            List<Long> entries = dossiers.idsOfYear(ArchiveKind.ENTRY, year);
            ledger.total(runId, requests.size() + entries.size());
            int pending = 0;
            int sealed = 0;
            for (ArchiveKind k : ArchiveKind.values()) {
                kind = k;
                for (long id : k == ArchiveKind.REQUEST ? requests : entries) {
                    current = id;
                    if (sealer.seal(k, id).created()) {
                        sealed++;
                    }
                    if (++pending == PROGRESS_EVERY) {
                        ledger.advance(runId, pending, sealed);
                        pending = 0;
                        sealed = 0;
                    }
                }
            }
            ledger.advance(runId, pending, sealed);
            ledger.finish(runId);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Archive run " + runId + " of " + year + " stopped at " + kind + " " + current, failure);
            ledger.fail(runId, (kind == null ? "" : kind.label() + " " + current + "：") + reason(failure));
        }
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
