package cn.xxgk.catalogue.boundary;

import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;

import cn.xxgk.audit.boundary.Audited;
import cn.xxgk.catalogue.control.CatalogueFile;
import cn.xxgk.catalogue.control.ImportColumn;
import cn.xxgk.catalogue.control.ImportJobs;
import cn.xxgk.catalogue.control.ImportRefusal;
import cn.xxgk.catalogue.entity.CatalogueImport;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The historical import of the office head (issue #14, 6): an existing catalogue as CSV or XLSX
 * with its original index numbers becomes published entries of this catalogue. The file is read
 * here ({@link CatalogueFile}: a file that cannot be read is refused at once); the rows are checked
 * and stored by {@link CatalogueImportRun} in the background, all or nothing, while the job row
 * tells the screen and the API how far it has come. A dry run checks and stores nothing.
 */
@Stateless
@RolesAllowed(OFFICE_HEAD)
public class CatalogueImports {

    static final String TYPE = "CatalogueImport";
    /** A job still "running" after this long was cut off by a restart: it no longer blocks a new one. */
    public static final long STALE_HOURS = 2;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ImportJobs jobs;

    @Inject
    CatalogueImportRun run;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /**
     * Reads the file and starts checking (a dry run) or importing it in the background.
     * {@code charset} names a CSV's encoding (null: UTF-8 if valid, else GB18030/GBK).
     */
    @Audited(action = "CATALOGUE_IMPORT_START", objectType = TYPE)
    public CatalogueImport start(String fileName, byte[] content, String charset, boolean dryRun) {
        CatalogueFile.Parsed parsed = CatalogueFile.read(content, charset);
        if (parsed.rows().isEmpty()) {
            throw new InvalidInputException("import.file.noRows");
        }
        String user = session.getCallerPrincipal().getName();
        Long department = directory.departmentOf(user)
                .orElseThrow(() -> new InvalidInputException("import.noDepartment"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (jobs.anyRunning(now.minusHours(STALE_HOURS))) {
            throw new InvalidInputException("import.busy");
        }
        CatalogueImport job = jobs.create(new CatalogueImport(fileName, dryRun, parsed.rows().size(), user, now));
        run.run(job.getId(), parsed.rows(), dryRun, department, user, job.getFileName());
        return job;
    }

    /** One job, as the screen and the API poll it. */
    public CatalogueImport job(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(CatalogueImport.class, id))
                .orElseThrow(() -> new NotFoundException("import.notFound"));
    }

    /** The caller's latest job, so that a reloaded page finds the running one again. */
    public Optional<CatalogueImport> latest() {
        return em.createNamedQuery(CatalogueImport.LATEST_OF, CatalogueImport.class)
                .setParameter("user", session.getCallerPrincipal().getName()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The refused rows of a job (row, column, Chinese reason). */
    public List<ImportRefusal> refusals(CatalogueImport job) {
        return ImportJobs.refusals(job);
    }

    /** The template: the expected columns and one example row, as a CSV in UTF-8 with a BOM (Excel opens it as such). */
    public byte[] template() {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
        String example = Arrays.stream(ImportColumn.values()).map(ImportColumn::example).collect(Collectors.joining(","));
        return ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
