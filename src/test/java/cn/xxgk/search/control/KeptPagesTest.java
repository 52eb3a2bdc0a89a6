package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.xxgk.catalogue.boundary.PublishedText;
import cn.xxgk.search.boundary.SearchPage;
import cn.xxgk.search.boundary.SearchQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept result pages never outlive the index that found them. */
class KeptPagesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a page is served again only from the index that found it: an entry published or withdrawn since is seen at once")
    void aChangeIsSeenAtOnce() {
        SearchIndex index = TestIndexes.open(dir);
        KeptPages kept = new KeptPages();
        kept.index = index;
        kept.entries = 100;
        kept.open();
        AtomicInteger searches = new AtomicInteger();
        SearchQuery q = SearchQuery.of("鲲鹏");
        java.util.function.Supplier<SearchPage> search = () -> {
            searches.incrementAndGet();
            SearchIndex.Found found = index.search(SearchQueries.of(q), SearchQueries.order(q), 0, 20);
            return new SearchPage(q.text(), 1, 20, found.total(), List.of(), q.sort(), 1);
        };
        try {
            put(index, List.of(1L), List.of(text(1, "鲲鹏计划实施方案")));
            SearchPage first = kept.get(q, search);
            assertEquals(1, first.total());
            assertSame(first, kept.get(q, search), "the unchanged index answers with the page it kept");
            assertEquals(1, searches.get());

            put(index, List.of(2L), List.of(text(2, "关于鲲鹏计划的通知")));
            assertEquals(2, kept.get(q, search).total(), "a newly published entry is found");
            put(index, List.of(1L), List.of());
            assertEquals(1, kept.get(q, search).total(), "a withdrawn entry is gone");
            assertEquals(3, searches.get());
            assertEquals(1, kept.get(SearchQuery.of("鲲鹏 "), search).total(), "another query is its own page");
            assertEquals(4, searches.get());
        } finally {
            TestIndexes.close(index);
        }
    }

    private static void put(SearchIndex index, List<Long> ids, List<PublishedText> entries) {
        index.underWriteLock(() -> {
            index.put(ids, entries);
            index.refresh();
            return null;
        });
    }

    private static PublishedText text(long id, String title) {
        LocalDate day = LocalDate.of(2026, 1, (int) id);
        return new PublishedText(id, "X/2026-" + id, title, "正文。", null, "通知", "GENERAL_AFFAIRS", "综合政务", null,
                day, day, 1, "局");
    }
}
