package cn.xxgk.search.control;

import cn.xxgk.catalogue.boundary.PublishedEntries;
import cn.xxgk.search.boundary.RebuildProgress;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds this node's index from the catalogue in the background, a slice of ids at a time: each slice
 * replaces the index's documents in its id range (under the index's write lock, so a change the tailer
 * applies meanwhile is never overwritten by an older read). Searches go on and see the old or the new
 * documents of a range, never neither. One rebuild at a time; its progress can be asked for.
 */
@ApplicationScoped
public class IndexRebuild {

    static final int SLICE = 1_000;
    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    PublishedEntries published;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.NEVER);

    public RebuildProgress progress() {
        return progress.get();
    }

    /** Starts a rebuild unless one runs; answers the progress either way. */
    public synchronized RebuildProgress start() {
        if (progress.get().running()) {
            return progress.get();
        }
        progress.set(new RebuildProgress(true, 0, 0, Instant.now(clock), null, null));
        executor.execute(this::run);
        return progress.get();
    }

    /** Runs a rebuild in this thread (the benchmark and the start command use it through {@link #start}). */
    void run() {
        Instant started = progress.get().startedAt();
        long total = published.count();
        long done = 0;
        long after = 0;
        try {
            while (true) {
                List<Long> ids = published.idsAfter(after, SLICE);
                long from = after;
                long upTo = ids.isEmpty() ? Long.MAX_VALUE : ids.getLast();
                index.underWriteLock(() -> {
                    index.replaceRange(from, upTo, published.texts(ids));
                    return null;
                });
                done += ids.size();
                progress.set(new RebuildProgress(true, done, Math.max(total, done), started, null, null));
                if (ids.isEmpty()) {
                    break;
                }
                after = upTo;
            }
            index.underWriteLock(() -> {
                index.refresh();
                index.commit(index.liveData());
                return null;
            });
            progress.set(new RebuildProgress(false, done, done, started, Instant.now(clock), null));
            LOG.info("Search index rebuilt: " + done + " entries");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index rebuild failed", e);
            progress.set(new RebuildProgress(false, done, total, started, Instant.now(clock), String.valueOf(e)));
        }
    }
}
