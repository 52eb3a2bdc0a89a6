package cn.xxgk.search.control;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Every character of the folded text (Chinese, letters, digits, punctuation and spaces alike) becomes a
 * unigram at its position, and with its successor a bigram at the same position. A query of one character
 * is then a unigram term; a query of n ≥ 2 characters a phrase of its bigrams at their positions, which
 * matches exactly the texts containing the query as a substring of the folded text ({@link GramQueries}).
 * Nothing is dropped, no stop words, no word segmentation: what LIKE finds, this finds.
 */
public final class GramAnalyzer extends Analyzer {

    /**
     * Positions left empty between two values of one field (title, number, body in {@link IndexedEntry#ANY}):
     * a query's bigrams lie at most two positions apart, so no phrase can bridge the gap and match a text
     * that runs from the end of one value into the next.
     */
    static final int VALUE_GAP = 16;

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new GramTokenizer());
    }

    /** Reads the whole field, folds it, then emits unigram and bigram per code point. */
    static final class GramTokenizer extends Tokenizer {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final StringBuilder read = new StringBuilder();
        private final char[] buffer = new char[4096];
        private String text;
        private int at;
        private boolean bigramPending;

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (text == null) {
                read.setLength(0);
                for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
                    read.append(buffer, 0, n);
                }
                text = Folding.fold(read.toString());
                at = 0;
                bigramPending = false;
            }
            if (at >= text.length()) {
                return false;
            }
            int first = Character.charCount(text.codePointAt(at));
            if (!bigramPending) {
                term.setEmpty().append(text, at, at + first);
                offset.setOffset(correctOffset(at), correctOffset(at + first));
                increment.setPositionIncrement(1);
                if (at + first < text.length()) {
                    bigramPending = true;
                } else {
                    at += first;
                }
                return true;
            }
            int second = Character.charCount(text.codePointAt(at + first));
            term.setEmpty().append(text, at, at + first + second);
            offset.setOffset(correctOffset(at), correctOffset(at + first + second));
            increment.setPositionIncrement(0);
            bigramPending = false;
            at += first;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(text == null ? 0 : text.length());
            offset.setOffset(last, last);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = null;
            at = 0;
            bigramPending = false;
        }

        @Override
        public void close() throws IOException {
            super.close();
            text = null;
        }

    }
}
