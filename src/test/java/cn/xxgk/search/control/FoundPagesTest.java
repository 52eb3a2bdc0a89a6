package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.xxgk.catalogue.boundary.PublishedText;
import cn.xxgk.search.boundary.SearchQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept pages of recent searches never outlive the index that found them. */
class FoundPagesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a page is served again only from the index that found it: an entry published or withdrawn since is seen at once")
    void aChangeIsSeenAtOnce() {
        SearchIndex index = TestIndexes.open(dir);
        try {
            put(index, List.of(1L), List.of(text(1, "鲲鹏计划实施方案")));
            SearchQuery q = SearchQuery.of("鲲鹏");
            SearchIndex.Found first = search(index, q);
            assertEquals(List.of(1L), first.ids());
            assertSame(first, search(index, q), "the unchanged index answers with the page it kept");

            put(index, List.of(2L), List.of(text(2, "关于鲲鹏计划的通知")));
            assertEquals(2, search(index, q).total(), "a newly published entry is found");
            assertEquals(List.of(2L, 1L), search(index, q).ids());

            put(index, List.of(1L), List.of());
            assertEquals(List.of(2L), search(index, q).ids(), "a withdrawn entry is gone");
            assertEquals(1, search(index, q).total());
        } finally {
            TestIndexes.close(index);
        }
    }

    private static SearchIndex.Found search(SearchIndex index, SearchQuery q) {
        return index.search(SearchQueries.of(q), SearchQueries.order(q), 0, 20);
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
