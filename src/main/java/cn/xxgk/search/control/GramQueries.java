package cn.xxgk.search.control;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for "this field contains this text as a substring" over a field analysed by
 * {@link GramAnalyzer}: one character is its unigram; n ≥ 2 characters a phrase of bigrams at their
 * positions. Every other bigram is enough (positions 0, 2, 4 … and the last one): together they cover every
 * character at its place, so the phrase still matches exactly the substring, with half the terms.
 */
public final class GramQueries {

    private GramQueries() {
    }

    /** The query for a text already folded ({@link Folding}); blank matches everything. */
    public static Query contains(String field, String folded) {
        int[] cps = folded.codePoints().toArray();
        if (cps.length == 0) {
            return new MatchAllDocsQuery();
        }
        if (cps.length == 1) {
            return new TermQuery(new Term(field, Character.toString(cps[0])));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int last = cps.length - 2;
        for (int i = 0; i <= last; i += 2) {
            phrase.add(bigram(field, cps, i), i);
        }
        if (last % 2 == 1) {
            phrase.add(bigram(field, cps, last), last);
        }
        return phrase.build();
    }

    private static Term bigram(String field, int[] cps, int i) {
        return new Term(field, new StringBuilder().appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]).toString());
    }
}
