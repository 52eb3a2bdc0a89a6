package cn.xxgk.search.control;

import cn.xxgk.search.boundary.SearchQuery;
import cn.xxgk.search.boundary.SearchSort;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A {@link SearchQuery} as a Lucene query: the text must be contained in the title, the body or the
 * document number (one phrase on {@link IndexedEntry#ANY}, score 1); a title containing it adds 3 and a
 * document number 2 (constant scores), so a title hit ranks first; the filters must hold; sorted by that
 * score or by publication day, newest first, then id ({@link Order}). Counting the hits drops the scoring clauses, so a
 * one- or two-character query is counted from its posting list's length.
 */
public final class SearchQueries {

    static final float TITLE_BOOST = 3f;
    static final float NUMBER_BOOST = 2f;

    private SearchQueries() {
    }

    public static Query of(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String folded = folded(query);
        if (folded.isEmpty()) {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            all.add(new ConstantScoreQuery(GramQueries.contains(IndexedEntry.ANY, folded)), BooleanClause.Occur.MUST);
            all.add(field(IndexedEntry.TITLE, folded, TITLE_BOOST), BooleanClause.Occur.SHOULD);
            all.add(field(IndexedEntry.NUMBER, folded, NUMBER_BOOST), BooleanClause.Occur.SHOULD);
        }
        filter(all, IndexedEntry.KEY_CONTENT, query.keyContentCategory());
        filter(all, IndexedEntry.SUBJECT, query.subjectCategory());
        filter(all, IndexedEntry.DOCUMENT_TYPE, query.documentType());
        if (query.year() != null) {
            all.add(IntPoint.newExactQuery(IndexedEntry.YEAR, query.year()), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** How the hits of a search are ordered: by score first, whose highest value is {@code highest}, or by date alone. */
    public record Order(boolean ranked, float highest) {
    }

    public static Order order(SearchQuery query) {
        boolean text = !folded(query).isEmpty();
        return new Order(query.sort() != SearchSort.DATE, text ? 1f + TITLE_BOOST + NUMBER_BOOST : 1f);
    }

    private static String folded(SearchQuery query) {
        return Folding.fold(query.text() == null ? "" : query.text().strip());
    }

    private static Query field(String field, String folded, float boost) {
        return new BoostQuery(new ConstantScoreQuery(GramQueries.contains(field, folded)), boost);
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
        }
    }
}
