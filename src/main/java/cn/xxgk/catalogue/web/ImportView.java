package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.CatalogueImports;
import cn.xxgk.catalogue.control.ImportRefusal;
import cn.xxgk.catalogue.entity.CatalogueImport;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The office head's import screen (导入历史目录): the template, the upload with "check only" or
 * "import", and the latest job with its progress bar (polled while it runs, found again after a
 * reload) and its refused rows.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @Inject
    CatalogueImports imports;

    @Inject
    Messages messages;

    @Inject
    transient java.time.Clock clock;

    private boolean dryRun = true;
    private String charset = "";
    private CatalogueImport job;
    private List<ImportRefusal> refusals = List.of();

    public void load() {
        job = imports.latest().orElse(null);
        refusals = job == null || job.getState().isRunning() ? List.of() : imports.refusals(job);
    }

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            job = imports.start(file.getFileName(), in.readAllBytes(), charset, dryRun);
            refusals = List.of();
            messages.info(null, "import.started", job.getFileName());
        }
    }

    /** Polled while the job runs. */
    public void refresh() {
        if (job != null) {
            job = imports.job(job.getId());
            refusals = job.getState().isRunning() ? List.of() : imports.refusals(job);
        }
    }

    /** Running, unless it started so long ago that a restart must have cut it off (it then blocks nothing either). */
    public boolean isRunning() {
        return job != null && job.getState().isRunning() && !isStale();
    }

    private boolean isStale() {
        return job.getCreatedAt().isBefore(java.time.LocalDateTime.now(clock).minusHours(CatalogueImports.STALE_HOURS));
    }

    /** The sentence under the bar: the job's outcome in words. */
    public String getOutcome() {
        if (job == null) {
            return "";
        }
        if (job.getState().isRunning()) {
            return messages.text(isStale() ? "import.state.stale" : "import.state." + job.getState().name());
        }
        Object argument = switch (job.getState()) {
            case CHECKED -> job.getTotalRows();
            case DONE -> job.getImportedRows();
            case FAILED -> job.getFailure();
            default -> "";
        };
        return messages.text("import.state." + job.getState().name(), argument);
    }

    public long getMaxBytes() {
        return cn.xxgk.catalogue.control.CatalogueFile.MAX_BYTES;
    }

    public CatalogueImport getJob() { return job; }
    public List<ImportRefusal> getRefusals() { return refusals; }
    public boolean isDryRun() { return dryRun; }
    public void setDryRun(boolean dryRun) { this.dryRun = dryRun; }
    public String getCharset() { return charset; }
    public void setCharset(String charset) { this.charset = charset; }
}
