package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.catalogue.boundary.PublishedText;
import cn.xxgk.search.boundary.SearchQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild's slice replaces exactly the ids in its range, in the sorted index as in any. */
class ReplaceRangeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a rebuild slice (after, upTo] becomes exactly the entries read for it; ids outside stay")
    void aSliceIsReplacedExactly() {
        SearchIndex index = TestIndexes.open(dir);
        try {
            index.underWriteLock(() -> {
                index.put(List.of(1L, 2L, 3L, 11L), List.of(text(1, "旧标题甲"), text(2, "旧标题乙"), text(3, "旧标题丙"),
                        text(11, "范围以外")));
                index.refresh();
                index.replaceRange(0, 10, List.of(text(1, "新标题甲"), text(3, "新标题丙")));
                index.refresh();
                return null;
            });
            assertEquals(List.of(3L, 1L), ids(index, "新标题"));
            assertEquals(List.of(), ids(index, "旧标题"), "entry 2 is no longer published, 1 and 3 were rewritten");
            assertEquals(List.of(11L), ids(index, "范围以外"));
            assertEquals(3, index.size());
        } finally {
            TestIndexes.close(index);
        }
    }

    private static List<Long> ids(SearchIndex index, String text) {
        SearchQuery q = SearchQuery.of(text);
        return index.search(SearchQueries.of(q), SearchQueries.order(q), 0, 20).ids();
    }

    private static PublishedText text(long id, String title) {
        LocalDate day = LocalDate.of(2026, 1, (int) id);
        return new PublishedText(id, "X/2026-" + id, title, "正文。", null, "通知", "GENERAL_AFFAIRS", "综合政务", null,
                day, day, 1, "局");
    }
}
