package cn.xxgk.search.control;

import cn.xxgk.catalogue.boundary.PublishedText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's Lucene index on local disk ({@code xxgk.search.index.dir}, env {@code XXGK_SEARCH_INDEX_DIR}).
 * Writers (the change-log tailer, a rebuild) take one lock around "read the entries from the catalogue,
 * write them, make them visible", so that the later reader of the database always writes last. The
 * tailer's position in the change log is kept in the commit's user data, committed with the documents.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final String LAYOUT_KEY = "xxgk.search.layout";

    @Inject
    @ConfigProperty(name = "xxgk.search.index.dir", defaultValue = "search-index")
    String indexDir;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final ReentrantLock writing = new ReentrantLock();

    /** The ids and the exact number of hits of one search. */
    public record Found(long total, List<Long> ids) {
    }

    @PostConstruct
    void open() {
        try {
            Path path = Path.of(indexDir).toAbsolutePath();
            try {
                writer = openWriter(path);
            } catch (LockObtainFailedException e) {
                // another server on this machine uses the directory: never share an index, take one of our own
                Path own = path.resolveSibling(path.getFileName() + "-" + ProcessHandle.current().pid());
                LOG.severe(() -> path + " is in use by another server; this one indexes in " + own);
                writer = openWriter(own);
            }
            searchers = new SearcherManager(writer, null);
            LOG.info(() -> "Search index at " + directory + ", " + writer.getDocStats().numDocs + " entries");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + indexDir, e);
        }
    }

    private IndexWriter openWriter(Path path) throws IOException {
        Files.createDirectories(path);
        directory = FSDirectory.open(path);
        // an index of another layout (an older version of this code) starts again empty: the change log replays
        boolean otherLayout = DirectoryReader.indexExists(directory) && !IndexedEntry.LAYOUT.equals(
                DirectoryReader.listCommits(directory).getLast().getUserData().get(LAYOUT_KEY));
        IndexWriterConfig config = new IndexWriterConfig(new GramAnalyzer())
                .setOpenMode(otherLayout ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(IndexedEntry.ORDER)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        try {
            IndexWriter opened = new IndexWriter(directory, config);
            if (otherLayout) {
                LOG.warning(() -> path + " holds an index of another layout: emptied, rebuilt from the change log");
                opened.setLiveCommitData(Map.of(LAYOUT_KEY, IndexedEntry.LAYOUT).entrySet());
                opened.commit();
            }
            return opened;
        } catch (IOException e) {
            directory.close();
            throw e;
        }
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.rollback(); // what was not committed is replayed from the change log
            directory.close();
        } catch (IOException e) {
            LOG.warning(() -> "closing the search index: " + e);
        }
    }

    /** Runs {@code work} holding the write lock: reads and writes inside it are ordered with every other writer's. */
    public <T> T underWriteLock(Supplier<T> work) {
        writing.lock();
        try {
            return work.get();
        } finally {
            writing.unlock();
        }
    }

    /** The given ids now are exactly these entries: present ones replaced, absent ones deleted. Call under the lock. */
    public void put(Collection<Long> ids, List<PublishedText> entries) {
        try {
            Map<Long, PublishedText> byId = new HashMap<>();
            entries.forEach(e -> byId.put(e.id(), e));
            for (Long id : ids) {
                PublishedText entry = byId.get(id);
                if (entry == null) {
                    writer.deleteDocuments(IndexedEntry.key(id));
                } else {
                    writer.updateDocument(IndexedEntry.key(id), IndexedEntry.of(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a rebuild: the ids in (after, upTo] are exactly these entries. Call under the lock. */
    public void replaceRange(long after, long upTo, List<PublishedText> entries) {
        try {
            writer.deleteDocuments(LongPoint.newRangeQuery(IndexedEntry.ID, after + 1, upTo));
            for (PublishedText entry : entries) { // one by one: a sorted index takes no blocks of documents
                writer.addDocument(IndexedEntry.of(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the written documents with the tailer's position; a restart resumes from there. */
    public void commit(Map<String, String> userData) {
        try {
            Map<String, String> data = new HashMap<>(userData);
            data.put(LAYOUT_KEY, IndexedEntry.LAYOUT);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user data the next commit carries (what the last one carried, unless changed since). */
    public Map<String, String> liveData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** The user data of the last commit (empty for a new index). */
    public Map<String, String> committedData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return Map.copyOf(DirectoryReader.listCommits(directory).getLast().getUserData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size() {
        return writer.getDocStats().numDocs;
    }

    /** Bytes of the index files on disk. */
    public long bytesOnDisk() {
        try {
            long sum = 0;
            for (String file : directory.listAll()) {
                try {
                    sum += directory.fileLength(file);
                } catch (IOException e) { // merged away meanwhile
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of what searches see now: moved on by every refresh that brought a change. */
    public long version() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return ((DirectoryReader) searcher.getIndexReader()).getVersion();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of hits {@code from} .. {@code from + count - 1} in this order, and the exact number of hits. */
    public Found search(Query query, SearchQueries.Order order, int from, int count) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return find(searcher, query, order, from, count);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Found find(IndexSearcher searcher, Query query, SearchQueries.Order order, int from, int count) {
        try {
            if (count <= 0) {
                return new Found(searcher.count(query), List.of());
            }
            // each segment's number of hits where it is known without matching (one term, nothing deleted)
            Query rewritten = searcher.rewrite(query); // once, for the counts and the collection
            Weight counting = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int[] known = new int[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                known[leaf.ord] = counting.count(leaf);
            }
            RankedTop.Result top = searcher.search(rewritten, new RankedTop(from + count, order.ranked(), order.highest(), known));
            List<RankedTop.Hit> hits = top.hits();
            return new Found(top.total(), hits.subList(Math.min(from, hits.size()), hits.size()).stream()
                    .map(RankedTop.Hit::id).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
