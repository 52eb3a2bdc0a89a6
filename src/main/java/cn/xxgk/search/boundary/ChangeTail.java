package cn.xxgk.search.boundary;

import cn.xxgk.catalogue.boundary.PublishedEntries;
import cn.xxgk.search.control.ChangeGaps;
import cn.xxgk.search.control.ChangeLog;
import cn.xxgk.search.control.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this node's index in step with the catalogue: every {@code xxgk.search.tail-millis} (500) it reads
 * the change log after its position and in its open gaps ({@link ChangeGaps}), re-reads those entries
 * through the catalogue's boundary, writes them, makes them searchable and commits the documents with the
 * new position. After a restart it resumes from the committed position, a new node from the start of the
 * log (the migration logged every entry already published). A non-persistent timer on every node.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChangeTail {

    static final int BATCH = 2_000;
    private static final Logger LOG = Logger.getLogger(ChangeTail.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    ChangeLog log;

    @Inject
    PublishedEntries published;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "xxgk.search.tail-millis", defaultValue = "500")
    long tailMillis;

    @Inject
    @ConfigProperty(name = "xxgk.search.gap-patience-seconds", defaultValue = "600")
    long gapPatienceSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private ChangeGaps position;
    private long lastRefresh;
    private long lastCommit;
    private boolean unpublished;

    @PostConstruct
    void start() {
        resume();
        timers.createIntervalTimer(200, Math.max(50, tailMillis), new TimerConfig(null, false));
    }

    /** Takes up the position of the index's last commit (an empty index: the start of the log). */
    void resume() {
        position = ChangeGaps.from(index.committedData(), clock.instant());
        LOG.info(() -> "Search index follows the change log from " + position.high());
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous pass still runs
        }
        try {
            while (pass() >= BATCH) {
                // a long log (a new node, a bulk import): keep going until caught up
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search change-log pass failed; the next pass tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** One pass; answers how many rows above the position it read. */
    int pass() {
        List<ChangeLog.Change> changes = log.after(position.high(), BATCH, position.gaps());
        int expired = position.expire(clock.instant(), Duration.ofSeconds(gapPatienceSeconds));
        if (expired > 0) {
            LOG.warning(() -> expired + " change-log ids never appeared (rolled back); given up");
        }
        if (changes.isEmpty()) {
            if (unpublished) { // the last pass of a backlog wrote without refreshing: make it visible now
                index.underWriteLock(() -> {
                    index.refresh();
                    index.commit(position.toData());
                    return null;
                });
                unpublished = false;
            }
            return 0;
        }
        Set<Long> entries = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        changes.forEach(c -> {
            entries.add(c.govInfoId());
            ids.add(c.id());
        });
        long before = position.high();
        int fresh = (int) changes.stream().filter(c -> c.id() > before).count();
        // caught up: visible and committed now; while working off a backlog, once a second (refresh) and
        // every few seconds (commit), so that a long log is not written as thousands of tiny segments
        boolean caughtUp = fresh < BATCH;
        index.underWriteLock(() -> {
            List<Long> all = new ArrayList<>(entries);
            for (int from = 0; from < all.size(); from += PublishedEntries.MAX_BATCH) {
                List<Long> slice = all.subList(from, Math.min(all.size(), from + PublishedEntries.MAX_BATCH));
                index.put(slice, published.texts(slice));
            }
            position.seen(ids, clock.instant());
            long now = System.nanoTime();
            if (caughtUp || now - lastRefresh > 1_000_000_000L) {
                index.refresh();
                lastRefresh = now;
            }
            if (caughtUp || now - lastCommit > 5_000_000_000L) {
                index.commit(position.toData());
                lastCommit = now;
            }
            unpublished = !caughtUp;
            return null;
        });
        return fresh;
    }

    /** Where the tail stands: the highest change-log id read. */
    public long position() {
        return position.high();
    }
}
