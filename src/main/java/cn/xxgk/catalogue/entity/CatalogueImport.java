package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One import of a historical catalogue by the office head: the file, whether it was a dry run,
 * how far the check or the import has come (the screen's progress bar polls it, so it survives a
 * page reload), and at the end the refused rows (as JSON) or the number of entries imported.
 */
@Entity
@Table(name = "catalogue_import")
@NamedQuery(name = CatalogueImport.LATEST_OF, query = "SELECT i FROM CatalogueImport i WHERE i.createdBy = :user ORDER BY i.id DESC")
public class CatalogueImport {

    public static final String LATEST_OF = "CatalogueImport.latestOf";
    public static final int MAX_FILE_NAME = 255;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "file_name", nullable = false, updatable = false, length = MAX_FILE_NAME) private String fileName;
    @Column(name = "dry_run", nullable = false, updatable = false) private boolean dryRun;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private ImportState state;
    @Column(name = "total_rows", nullable = false, updatable = false) private int totalRows;
    @Column(name = "done_rows", nullable = false) private int doneRows;
    @Column(name = "imported_rows", nullable = false) private int importedRows;
    @Lob @Column(name = "refusals") private String refusals;
    @Column(name = "failure", length = 2000) private String failure;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100) private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false) private LocalDateTime createdAt;
    @Column(name = "finished_at") private LocalDateTime finishedAt;
    @Version private long version;

    protected CatalogueImport() { // JPA
    }

    public CatalogueImport(String fileName, boolean dryRun, int totalRows, String createdBy, LocalDateTime now) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        this.fileName = name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
        this.dryRun = dryRun;
        this.totalRows = totalRows;
        this.state = ImportState.CHECKING;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Rows checked (while CHECKING) or stored (while IMPORTING). */
    public void progress(ImportState phase, int done) {
        state = phase;
        doneRows = Math.min(done, totalRows);
    }

    public void finish(ImportState outcome, int imported, String refusalsJson, String failureText, LocalDateTime now) {
        state = outcome;
        importedRows = imported;
        doneRows = totalRows;
        refusals = refusalsJson;
        failure = failureText == null || failureText.length() <= 2000 ? failureText : failureText.substring(0, 2000);
        finishedAt = now;
    }

    /** Progress in per cent: the check is the first half, the import the second (a dry run: the check alone). */
    public int getPercent() {
        if (!state.isRunning()) {
            return 100;
        }
        int share = totalRows == 0 ? 100 : doneRows * 100 / totalRows;
        return dryRun ? share : state == ImportState.CHECKING ? share / 2 : 50 + share / 2;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public boolean isDryRun() { return dryRun; }
    public ImportState getState() { return state; }
    public int getTotalRows() { return totalRows; }
    public int getDoneRows() { return doneRows; }
    public int getImportedRows() { return importedRows; }
    public String getRefusals() { return refusals; }
    public String getFailure() { return failure; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public long getVersion() { return version; }
}
