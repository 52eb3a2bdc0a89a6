package cn.xxgk.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.catalogue.boundary.PublishedEntries;
import cn.xxgk.catalogue.boundary.PublishedText;
import cn.xxgk.search.control.ChangeLog;
import cn.xxgk.search.control.SearchIndex;
import cn.xxgk.search.control.SearchQueries;
import cn.xxgk.search.control.TestIndexes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tailer working off a backlog: whatever its length, once the timer's pass has run every logged entry is
 * searchable and committed, and a restart resumes from the committed position.
 */
class ChangeTailTest {

    @TempDir
    Path dir;

    private final List<ChangeLog.Change> log = new ArrayList<>();
    private final List<SearchIndex> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(TestIndexes::close);
    }

    @Test
    @DisplayName("a backlog of exactly two batches is searchable and committed after one timer pass")
    void backlogOfAWholeNumberOfBatches() {
        logEntries(2 * ChangeTail.BATCH);
        ChangeTail tail = tail(open());
        tail.tick();
        assertEquals(2 * ChangeTail.BATCH, searchable(tail.index), "every entry of the backlog is searchable");
        assertEquals(2 * ChangeTail.BATCH, tail.position());
        restart();
        assertEquals(2 * ChangeTail.BATCH, searchable(open()), "and committed: a restart finds them all");
    }

    @Test
    @DisplayName("a backlog one short of a whole batch, then two more entries: all searchable after each pass")
    void backlogAroundABatch() {
        logEntries(ChangeTail.BATCH - 1);
        ChangeTail tail = tail(open());
        tail.tick();
        assertEquals(ChangeTail.BATCH - 1, searchable(tail.index));
        logEntries(2);
        tail.tick();
        assertEquals(ChangeTail.BATCH + 1, searchable(tail.index));
    }

    @Test
    @DisplayName("after a restart the tail resumes from the committed position")
    void resumesAfterRestart() {
        logEntries(3 * ChangeTail.BATCH + 5);
        tail(open()).tick();
        restart();
        logEntries(7);
        ChangeTail second = tail(open());
        assertEquals(3 * ChangeTail.BATCH + 5, second.position(), "the committed position");
        second.tick();
        assertEquals(3 * ChangeTail.BATCH + 12, searchable(second.index));
    }

    private void logEntries(int n) {
        for (int i = 0; i < n; i++) {
            long id = log.size() + 1;
            log.add(new ChangeLog.Change(id, id));
        }
    }

    private SearchIndex open() {
        SearchIndex index = TestIndexes.open(dir.resolve("index"));
        opened.add(index);
        return index;
    }

    /** The server stops (what was not committed is lost). */
    private void restart() {
        opened.forEach(TestIndexes::close);
        opened.clear();
    }

    private ChangeTail tail(SearchIndex index) {
        ChangeTail tail = new ChangeTail();
        tail.index = index;
        tail.clock = Clock.systemUTC();
        tail.gapPatienceSeconds = 600;
        tail.log = new ChangeLog() {
            @Override
            public List<Change> after(long high, int limit, Collection<Long> gaps) {
                return log.stream().filter(c -> c.id() > high || gaps.contains(c.id())).limit(limit).toList();
            }
        };
        tail.published = new PublishedEntries() {
            @Override
            public List<PublishedText> texts(Collection<Long> ids) {
                return ids.stream().sorted().map(id -> new PublishedText(id, "MB1532375/2026-" + id, "通知" + id,
                        "正文", null, "通知", "GENERAL_AFFAIRS", "综合政务", null, null, LocalDate.of(2026, 1, 5), 1,
                        "局")).toList();
            }
        };
        tail.resume();
        return tail;
    }

    private static long searchable(SearchIndex index) {
        return index.search(new MatchAllDocsQuery(), new SearchQueries.Order(false, 1f), 0, 0).total();
    }
}
