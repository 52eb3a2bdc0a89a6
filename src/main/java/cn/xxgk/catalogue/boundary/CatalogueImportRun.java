package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.catalogue.control.ImportJobs;
import cn.xxgk.catalogue.control.ImportRefusal;
import cn.xxgk.catalogue.control.ImportRowCheck;
import cn.xxgk.catalogue.control.ImportWriter;
import cn.xxgk.catalogue.control.SourceRow;
import cn.xxgk.catalogue.entity.ImportState;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.catalogue.entity.SubjectSubcategory;
import cn.xxgk.identity.boundary.AgencySetup;
import cn.xxgk.platform.control.MessageBundle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import job in the background (an asynchronous EJB method, the caller's identity carried
 * along): checks every row ({@link ImportRowCheck}), then, unless it is a dry run or a row was
 * refused, stores all entries in one transaction ({@link ImportWriter}). The job row records the
 * progress and the outcome; the audit trail records the import (success or failure).
 */
@Stateless
@RolesAllowed(OFFICE_HEAD)
public class CatalogueImportRun {

    private static final Logger LOG = Logger.getLogger(CatalogueImportRun.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportWriter writer;

    @Inject
    AgencySetup agencies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(Long jobId, List<SourceRow> rows, boolean dryRun, Long departmentId, String actor, String fileName) {
        try {
            ImportRowCheck check = new ImportRowCheck(agencies.organisationCode(),
                    LocalDate.now(clock), subcategories());
            List<String> numbers = rows.stream().map(r -> r.get(cn.xxgk.catalogue.control.ImportColumn.INDEX_NUMBER))
                    .filter(Objects::nonNull).map(String::strip).toList();
            ImportRowCheck.Result result = check.check(rows, jobs.existing(numbers),
                    done -> jobs.progress(jobId, ImportState.CHECKING, done));
            if (!result.refusals().isEmpty()) {
                jobs.finish(jobId, ImportState.REFUSED, 0, result.refusals(), null);
                return;
            }
            if (dryRun) {
                jobs.finish(jobId, ImportState.CHECKED, 0, List.<ImportRefusal>of(), null);
                return;
            }
            jobs.progress(jobId, ImportState.IMPORTING, 0);
            int imported = writer.write(result.entries(), departmentId, actor, "导入 #" + jobId + " " + fileName,
                    LocalDateTime.now(clock), done -> jobs.progress(jobId, ImportState.IMPORTING, done));
            jobs.finish(jobId, ImportState.DONE, imported, List.of(), null);
            audit.recordAs(actor, "CATALOGUE_IMPORT", CatalogueImports.TYPE, jobId, AuditResult.SUCCESS,
                    imported + " entries from " + fileName);
        } catch (RuntimeException e) {
            String reason = duplicate(e) ? MessageBundle.text("import.failed.duplicate")
                    : MessageBundle.text("import.failed", e.getClass().getSimpleName());
            LOG.log(Level.WARNING, "Import " + jobId + " failed; nothing was saved", e);
            jobs.finish(jobId, ImportState.FAILED, 0, null, reason);
            audit.recordAs(actor, "CATALOGUE_IMPORT", CatalogueImports.TYPE, jobId, AuditResult.FAILED, reason);
        }
    }

    /** The agency's second-level subject names with their national category. */
    private Map<String, SubjectCategory> subcategories() {
        Map<String, SubjectCategory> names = new HashMap<>();
        em.createQuery("SELECT s FROM SubjectSubcategory s ORDER BY s.id", SubjectSubcategory.class).getResultStream()
                .forEach(s -> names.putIfAbsent(s.getName(), s.getCategory()));
        return names;
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
