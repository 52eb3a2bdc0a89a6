package cn.xxgk.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The first {@code n} hits by score (when ranked), then publication day, newest first, then id, highest
 * first, over an index sorted by (day desc, id desc) ({@link SearchIndex}). Within one segment the hits come
 * in that order, so a later hit only enters the segment's list with a score strictly above the lowest one
 * there: once the list is full the scorer is told to skip every hit that is not, and a segment whose list
 * holds {@code n} hits of the highest score a hit can have is left at once (in date order: after its first
 * {@code n} hits). The segments' lists are merged by (score, day, id) at the end.
 * <p>
 * The number of hits comes with the page: a segment whose count is known beforehand (one term, no deleted
 * documents: the posting list's length) is skipped through as above; in any other segment (a phrase, a
 * filter) counting means matching every hit anyway, so there the hits are all collected and counted in the
 * same pass instead of matching them twice.
 */
final class RankedTop implements CollectorManager<RankedTop.Segments, RankedTop.Result> {

    /** A hit: its score (0 in date order), publication day and id. */
    record Hit(float score, long day, long id) {
    }

    /** The exact number of hits and the first {@code n} of them in order. */
    record Result(long total, List<Hit> hits) {
    }

    static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparing(Comparator.comparingLong(Hit::day).reversed())
            .thenComparing(Comparator.comparingLong(Hit::id).reversed());

    private final int n;
    private final boolean ranked;
    private final float highest;
    private final int[] known;

    /**
     * @param n       how many hits are wanted (the page's end)
     * @param ranked  whether the score comes first (relevance) or not at all (date order)
     * @param highest the highest score a hit of the query can have (ignored in date order)
     * @param known   by segment ({@code LeafReaderContext.ord}): its number of hits, or -1 when only matching tells
     */
    RankedTop(int n, boolean ranked, float highest, int[] known) {
        this.n = n;
        this.ranked = ranked;
        this.highest = ranked ? highest : 0f;
        this.known = known.clone();
    }

    @Override
    public Segments newCollector() {
        return new Segments();
    }

    @Override
    public Result reduce(Collection<Segments> collectors) throws IOException {
        long total = 0;
        for (int count : known) {
            total += Math.max(0, count);
        }
        List<Hit> all = new ArrayList<>();
        for (Segments segments : collectors) {
            for (Segment segment : segments.seen) {
                segment.hits(all);
                total += segment.counted;
            }
        }
        all.sort(ORDER);
        return new Result(total, List.copyOf(all.subList(0, Math.min(n, all.size()))));
    }

    /** The collector of one search: one {@link Segment} per segment it saw. */
    final class Segments implements Collector {
        private final List<Segment> seen = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            Segment segment = new Segment(context);
            seen.add(segment);
            return segment;
        }

        @Override
        public ScoreMode scoreMode() {
            return ranked ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** One segment's best {@code n} (score, doc), the worst on top: lowest score, then latest in index order. */
    private final class Segment implements LeafCollector {
        private final LeafReaderContext context;
        private final boolean counting;
        private long counted;
        private final PriorityQueue<long[]> best = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(h -> h[0]).thenComparing(h -> -h[1]));
        private Scorable scorer;

        Segment(LeafReaderContext context) {
            this.context = context;
            this.counting = known[context.ord] < 0;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = ranked ? scorer.score() : 0f;
            if (counting) {
                counted++;
            }
            if (best.size() == n) {
                if (score <= Float.intBitsToFloat((int) best.peek()[0])) {
                    return; // an equal score loses to the earlier (newer) hit already held
                }
                best.poll();
            }
            best.add(new long[] {Float.floatToIntBits(score), doc}); // non-negative floats order as their bits
            if (best.size() == n && !counting) {
                float worst = Float.intBitsToFloat((int) best.peek()[0]);
                if (worst >= highest) {
                    throw new CollectionTerminatedException();
                }
                scorer.setMinCompetitiveScore(Math.nextUp(worst));
            }
        }

        /** Adds this segment's hits with their day and id (read in doc order, as doc values are). */
        void hits(List<Hit> into) throws IOException {
            NumericDocValues days = DocValues.getNumeric(context.reader(), IndexedEntry.DAY);
            NumericDocValues ids = DocValues.getNumeric(context.reader(), IndexedEntry.ID);
            List<long[]> inOrder = new ArrayList<>(best);
            inOrder.sort(Comparator.comparingLong(h -> h[1]));
            for (long[] h : inOrder) {
                int doc = (int) h[1];
                if (!days.advanceExact(doc) || !ids.advanceExact(doc)) {
                    throw new IllegalStateException("an indexed entry without its day or id");
                }
                into.add(new Hit(Float.intBitsToFloat((int) h[0]), days.longValue(), ids.longValue()));
            }
        }
    }
}
