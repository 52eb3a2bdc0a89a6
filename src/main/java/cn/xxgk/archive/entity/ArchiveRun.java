package cn.xxgk.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A year's archiving run: how many records it found, how many it has gone through and sealed, and
 * how it ended. Kept in the database, so the progress bar survives a reload and a restart; a run
 * that failed or was cut off by a restart is resumed by starting the year again (sealed records are
 * skipped).
 */
@Entity
@Table(name = "archive_run")
public class ArchiveRun {

    /** Where a run stands. */
    public enum State { RUNNING, FINISHED, FAILED }

    static final int MAX_MESSAGE = 1000;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "archive_year", nullable = false, updatable = false) private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) private State state;
    @Column(nullable = false) private int total;
    @Column(nullable = false) private int done;
    @Column(nullable = false) private int sealed;
    @Column(length = MAX_MESSAGE) private String message;
    @Column(name = "started_by", nullable = false, updatable = false, length = 100) private String startedBy;
    @Column(name = "started_at", nullable = false, updatable = false) private LocalDateTime startedAt;
    @Column(name = "progress_at", nullable = false) private LocalDateTime progressAt;
    @Column(name = "finished_at") private LocalDateTime finishedAt;
    @Version private long version;

    protected ArchiveRun() {
    }

    public ArchiveRun(int year, String startedBy, LocalDateTime startedAt) {
        this.year = year;
        this.state = State.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.progressAt = startedAt;
    }

    /** The run has counted the records of its year. */
    public void counted(int total, LocalDateTime at) {
        requireRunning();
        this.total = total;
        progressAt = at;
    }

    /** One more record gone through; sealedNow when it was sealed by this run (not before). */
    public void advance(int records, int sealedNow, LocalDateTime at) {
        requireRunning();
        done += records;
        sealed += sealedNow;
        progressAt = at;
    }

    /**
     * Running, but without progress for longer than this: its server stopped (a restart or a crash
     * cut it off); the year may be started again and resumes.
     */
    public boolean isStalled(LocalDateTime now, java.time.Duration silence) {
        return state == State.RUNNING && progressAt.plus(silence).isBefore(now);
    }

    /** Marks a stalled run as cut off, so that a new run of the year can resume. */
    public void interrupted(LocalDateTime at) {
        fail("中断（服务器停止或重启），已从中断处继续", at);
    }

    public void finish(LocalDateTime at) {
        requireRunning();
        state = State.FINISHED;
        finishedAt = at;
    }

    /** Stopped at a record that could not be sealed; starting the year again resumes. */
    public void fail(String why, LocalDateTime at) {
        state = State.FAILED;
        message = why == null ? null : why.length() > MAX_MESSAGE ? why.substring(0, MAX_MESSAGE) : why;
        finishedAt = at;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("archive run " + id + " is " + state);
        }
    }

    /** Percent done, 0-100. */
    public int percent() {
        return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, 100L * done / total);
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public State getState() { return state; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public int getSealed() { return sealed; }
    public String getMessage() { return message; }
    public String getStartedBy() { return startedBy; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getProgressAt() { return progressAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public long getVersion() { return version; }
}
