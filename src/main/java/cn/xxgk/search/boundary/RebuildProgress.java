package cn.xxgk.search.boundary;

import java.time.Instant;

/**
 * Where a rebuild of the index stands: {@code done} of {@code total} entries indexed, running or not, when
 * it started and finished, and the failure message if it failed.
 */
public record RebuildProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
                              String failure) {

    public static final RebuildProgress NEVER = new RebuildProgress(false, 0, 0, null, null, null);

    /** Percent done, 0–100 (100 when nothing is to do). */
    public int percent() {
        return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}
