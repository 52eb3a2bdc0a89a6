package cn.xxgk.archive.web;

import cn.xxgk.archive.boundary.ArchiveCommands;
import cn.xxgk.archive.boundary.ArchiveShelf;
import cn.xxgk.archive.entity.ArchivePackage;
import cn.xxgk.archive.entity.ArchiveRun;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 档案归档: the packages (search, download), a year's run with its progress bar (the run's row is
 * read again at each poll, so a reload or another session sees the same progress), the
 * re-verification of every package; the retention rule is {@link ArchiveRuleForm}'s. The office runs; discipline reads and
 * verifies.
 */
@Named
@ViewScoped
public class ArchiveView implements Serializable {

    @Inject ArchiveShelf shelf;
    @Inject ArchiveCommands commands;
    @Inject SecurityContext security;
    @Inject Clock clock;

    private int year;
    private String query;
    private List<ArchivePackage> packages;
    private ArchiveRun run;
    private ArchiveShelf.Verification verification;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear() - 1;
        }
        packages = shelf.search(null, query, ArchiveShelf.MAX_ROWS);
        run = shelf.latestRun(year).orElse(null);
    }

    /** Starts (or resumes) the year's run; the progress bar polls from here. */
    public void start() {
        run = commands.startYear(year);
    }

    /** The poll of the progress bar: the run as the database has it now. */
    public void refresh() {
        run = run == null ? shelf.latestRun(year).orElse(null) : shelf.run(run.getId());
        if (run != null && run.getState() != ArchiveRun.State.RUNNING) {
            packages = shelf.search(null, query, ArchiveShelf.MAX_ROWS);
        }
    }

    public void search() {
        packages = shelf.search(null, query, ArchiveShelf.MAX_ROWS);
    }

    public void verify() {
        verification = shelf.verifyAll();
    }

    public boolean isMayRun() {
        return security.isCallerInRole("OFFICE_STAFF") || security.isCallerInRole("OFFICE_HEAD");
    }

    public boolean isRunning() {
        return run != null && run.getState() == ArchiveRun.State.RUNNING;
    }

    public int getPercent() {
        return run == null ? 0 : run.percent();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<ArchivePackage> getPackages() { return packages; }
    public ArchiveRun getRun() { return run; }
    public ArchiveShelf.Verification getVerification() { return verification; }
}
