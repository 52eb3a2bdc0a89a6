package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.catalogue.boundary.PublishedText;
import cn.xxgk.search.ChineseCorpus;
import cn.xxgk.search.boundary.SearchQuery;
import cn.xxgk.search.boundary.SearchSort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine against an oracle that does what LIKE '%q%' does over title, body and document number (on the
 * folded text): over a generated corpus and a mix of queries, the hits must be exactly the oracle's.
 */
class EngineRecallTest {

    @TempDir
    static Path dir;

    static SearchIndex index;
    static List<PublishedText> corpus = new ArrayList<>();

    @BeforeAll
    static void indexACorpus() {
        index = new SearchIndex();
        index.indexDir = dir.toString();
        index.open();
        ChineseCorpus generator = new ChineseCorpus(14);
        for (long id = 1; id <= 3_000; id++) {
            ChineseCorpus.Text t = generator.next(80 + (int) (id % 7) * 60);
            corpus.add(new PublishedText(id, "MB1532375/2026-" + id, t.title(), t.body(), t.documentNumber(),
                    t.documentType(), t.subject(), t.subject(), t.keyContent(), t.published(), t.published(), 1, "局"));
        }
        corpus.add(new PublishedText(9_001, "MB1532375/2019-00045", "郑州市大数据管理局政府信息公开制度",
                "为规范政府信息公开工作，依据《条例》制定本制度。", "郑大数据〔2019〕23号", "通告", "GENERAL_AFFAIRS",
                "政府信息公开制度", null, null, java.time.LocalDate.of(2019, 5, 20), 1, "局"));
        corpus.add(text(9_101, "其他事项的通知", "本通知涉及鲲鹏计划的安排。"));
        corpus.add(text(9_102, "鲲鹏计划实施方案", "正文。"));
        corpus.add(text(9_103, "推进政务公开", "制度建设的要求。"));
        index.underWriteLock(() -> {
            index.put(corpus.stream().map(PublishedText::id).toList(), corpus);
            index.refresh();
            return null;
        });
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static final java.util.Map<Long, String[]> FOLDED = new java.util.HashMap<>();

    /** LIKE '%q%' over title, body, document number, on the folded text (the collation's equality). */
    static Set<Long> oracle(String query) {
        String q = Folding.fold(query.strip());
        Set<Long> ids = new TreeSet<>();
        for (PublishedText t : corpus) {
            String[] f = FOLDED.computeIfAbsent(t.id(), id -> new String[] {Folding.fold(t.title()),
                    Folding.fold(t.body()), t.documentNumber() == null ? "" : Folding.fold(t.documentNumber())});
            if (f[0].contains(q) || f[1].contains(q) || f[2].contains(q)) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    static Set<Long> engine(SearchQuery query) {
        long total = index.search(SearchQueries.of(query), SearchQueries.sort(query.sort()), 0, 1).total();
        SearchIndex.Found found = index.search(SearchQueries.of(query), SearchQueries.sort(query.sort()), 0,
                (int) Math.max(1, total));
        assertEquals(found.total(), found.ids().size());
        return new TreeSet<>(found.ids());
    }

    @Test
    @DisplayName("Art. 24 search: every query finds exactly what LIKE finds in title, body or document number (recall and precision 1.0)")
    void everyQueryFindsExactlyWhatLikeFinds() {
        List<String> texts = new ArrayList<>();
        corpus.forEach(t -> {
            texts.add(t.title());
            texts.add(t.body());
            if (t.documentNumber() != null) {
                texts.add(t.documentNumber());
            }
        });
        List<String> queries = new ChineseCorpus(7).queries(texts, 400);
        int withHits = 0;
        for (String q : queries) {
            Set<Long> expected = oracle(q);
            assertEquals(expected, engine(SearchQuery.of(q)), () -> "query 「" + q + "」");
            withHits += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withHits > 300, "the mix finds something mostly: " + withHits);
    }

    @Test
    @DisplayName("the document number (文号) is searched whole or in part: 「23号」, 「〔2019〕」")
    void theDocumentNumberIsSearchedInPart() {
        assertTrue(engine(SearchQuery.of("郑大数据〔2019〕23号")).contains(9_001L));
        assertTrue(engine(SearchQuery.of("23号")).contains(9_001L));
        assertTrue(engine(SearchQuery.of("〔2019〕")).contains(9_001L));
        assertTrue(engine(SearchQuery.of("〔２０１９〕")).contains(9_001L), "full-width digits in the query");
    }

    @Test
    @DisplayName("no match runs from the end of the title into the body: 「公开制度」 is not in 「推进政务公开」 + 「制度建设」")
    void noMatchAcrossFields() {
        for (String q : List.of("开制", "公开制", "公开制度", "务公开制度建", "政务公开制度建设")) {
            assertEquals(oracle(q), engine(SearchQuery.of(q)), () -> "query 「" + q + "」");
            assertTrue(!engine(SearchQuery.of(q)).contains(9_103L), () -> "query 「" + q + "」");
        }
        assertTrue(engine(SearchQuery.of("政务公开")).contains(9_103L));
        assertTrue(engine(SearchQuery.of("制度建设")).contains(9_103L));
    }

    @Test
    void aTitleHitRanksBeforeABodyHit() {
        SearchQuery q = SearchQuery.of("鲲鹏计划");
        assertEquals(List.of(9_102L, 9_101L),
                index.search(SearchQueries.of(q), SearchQueries.sort(SearchSort.RELEVANCE), 0, 10).ids());
    }

    @Test
    void filtersAndSortByDateHold() {
        SearchQuery q = new SearchQuery("公开", "BUDGET", null, "通知", 2020, SearchSort.DATE, 1, 50);
        Set<Long> expected = new HashSet<>();
        for (PublishedText t : corpus) {
            if ("BUDGET".equals(t.keyContentCategory()) && "通知".equals(t.documentType())
                    && t.publishedDate().getYear() == 2020 && oracle("公开").contains(t.id())) {
                expected.add(t.id());
            }
        }
        assertEquals(new TreeSet<>(expected), engine(q));
        List<Long> ids = index.search(SearchQueries.of(q), SearchQueries.sort(SearchSort.DATE), 0, 50).ids();
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(!day(ids.get(i - 1)).isBefore(day(ids.get(i))), "newest first");
        }
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTotal() {
        SearchIndex.Found found = index.search(SearchQueries.of(SearchQuery.of("公开")),
                SearchQueries.sort(SearchSort.RELEVANCE), 9_000, 20);
        assertTrue(found.total() > 0);
        assertEquals(List.of(), found.ids());
    }

    @Test
    void aBlankQueryFindsEverything() {
        assertEquals(corpus.size(), index.search(SearchQueries.of(SearchQuery.of("  ")),
                SearchQueries.sort(SearchSort.DATE), 0, 1).total());
    }

    private static java.time.LocalDate day(long id) {
        return corpus.stream().filter(t -> t.id() == id).findFirst().orElseThrow().publishedDate();
    }

    private static PublishedText text(long id, String title, String body) {
        return new PublishedText(id, "X/2026-" + id, title, body, null, "通知", "GENERAL_AFFAIRS", "综合政务", null,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 1), 1, "局");
    }
}
