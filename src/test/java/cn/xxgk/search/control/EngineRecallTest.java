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
        // in slices, each made visible: several segments, as a tailed index has, so that pages merge across them
        for (int from = 0; from < corpus.size(); from += 700) {
            List<PublishedText> slice = corpus.subList(from, Math.min(corpus.size(), from + 700));
            index.underWriteLock(() -> {
                index.put(slice.stream().map(PublishedText::id).toList(), slice);
                index.refresh();
                return null;
            });
        }
        // and some written again: their old copies are deleted documents, so counts there need matching
        List<PublishedText> again = corpus.subList(100, 400);
        index.underWriteLock(() -> {
            index.put(again.stream().map(PublishedText::id).toList(), again);
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
        long total = index.search(SearchQueries.of(query), SearchQueries.order(query), 0, 1).total();
        SearchIndex.Found found = index.search(SearchQueries.of(query), SearchQueries.order(query), 0,
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
                index.search(SearchQueries.of(q), SearchQueries.order(q), 0, 10).ids());
    }

    @Test
    @DisplayName("pages follow the promised order across segments: title hits, then 文号 hits, then the rest, each newest first (or newest first alone)")
    void pagesFollowTheOrderAcrossSegments() {
        List<String> texts = corpus.stream().map(PublishedText::title).toList();
        List<String> queries = new ArrayList<>(new ChineseCorpus(11).queries(texts, 60));
        queries.addAll(List.of("公开", "政", "〔", "号", "通知", ""));
        for (String q : queries) {
            for (SearchSort sort : SearchSort.values()) {
                SearchQuery query = new SearchQuery(q, null, null, null, null, sort, 1, 20);
                List<Long> expected = oracleOrder(q, sort);
                for (int[] page : new int[][] {{0, 20}, {40, 20}, {0, 1}, {7, 3}}) {
                    List<Long> want = expected.subList(Math.min(page[0], expected.size()),
                            Math.min(page[0] + page[1], expected.size()));
                    assertEquals(want, index.search(SearchQueries.of(query), SearchQueries.order(query), page[0],
                            page[1]).ids(), () -> "「" + q + "」 " + sort + " from " + page[0]);
                }
            }
        }
    }

    /** The oracle's hits in the promised order: title +3, 文号 +2 over 1 (relevance only), then day and id, descending. */
    static List<Long> oracleOrder(String query, SearchSort sort) {
        String q = Folding.fold(query.strip());
        java.util.Map<Long, PublishedText> byId = new java.util.HashMap<>();
        corpus.forEach(t -> byId.put(t.id(), t));
        java.util.function.ToIntFunction<PublishedText> score = t -> sort == SearchSort.DATE || q.isEmpty() ? 0
                : (Folding.fold(t.title()).contains(q) ? 3 : 0)
                        + (t.documentNumber() != null && Folding.fold(t.documentNumber()).contains(q) ? 2 : 0);
        return oracle(query).stream().map(byId::get)
                .sorted(java.util.Comparator.comparingInt(score).reversed()
                        .thenComparing(PublishedText::publishedDate, java.util.Comparator.reverseOrder())
                        .thenComparing(PublishedText::id, java.util.Comparator.reverseOrder()))
                .map(PublishedText::id).toList();
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
        List<Long> ids = index.search(SearchQueries.of(q), SearchQueries.order(q), 0, 50).ids();
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(!day(ids.get(i - 1)).isBefore(day(ids.get(i))), "newest first");
        }
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheTotal() {
        SearchIndex.Found found = index.search(SearchQueries.of(SearchQuery.of("公开")),
                SearchQueries.order(SearchQuery.of("公开")), 9_000, 20);
        assertTrue(found.total() > 0);
        assertEquals(List.of(), found.ids());
    }

    @Test
    void aBlankQueryFindsEverything() {
        SearchQuery blank = new SearchQuery("  ", null, null, null, null, SearchSort.DATE, 1, 1);
        assertEquals(corpus.size(), index.search(SearchQueries.of(blank), SearchQueries.order(blank), 0, 1).total());
    }

    private static java.time.LocalDate day(long id) {
        return corpus.stream().filter(t -> t.id() == id).findFirst().orElseThrow().publishedDate();
    }

    private static PublishedText text(long id, String title, String body) {
        return new PublishedText(id, "X/2026-" + id, title, body, null, "通知", "GENERAL_AFFAIRS", "综合政务", null,
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 1), 1, "局");
    }
}
