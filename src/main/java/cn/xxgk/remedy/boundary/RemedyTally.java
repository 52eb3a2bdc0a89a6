package cn.xxgk.remedy.boundary;

import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyKind;
import cn.xxgk.remedy.entity.RemedyResult;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Section 四 of the annual report (国办公开办函〔2021〕30号): 行政复议, 行政诉讼 未经复议直接起诉 and
 * 复议后起诉, each with 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计. A case counts in a year when it was
 * received by the year's end and not decided before the year began: by its result when decided
 * within the year, as 尚未审结 when still undecided at the year's end.
 */
public record RemedyTally(int year, Row review, Row suitWithoutReview, Row suitAfterReview) {

    /** One group's counts; {@code total} is the sum of the four results. */
    public record Row(long upheld, long corrected, long other, long pending) {
        public long total() {
            return upheld + corrected + other + pending;
        }

        public long count(RemedyResult result) {
            return switch (result) {
                case UPHELD -> upheld;
                case CORRECTED -> corrected;
                case OTHER -> other;
                case PENDING -> pending;
            };
        }
    }

    /** The tally of the cases counted in {@code year} (see the class comment; others are ignored). */
    public static RemedyTally of(int year, Collection<RemedyCase> cases) {
        Map<RemedyKind, long[]> counts = new EnumMap<>(RemedyKind.class);
        for (RemedyKind kind : RemedyKind.values()) {
            counts.put(kind, new long[RemedyResult.values().length]);
        }
        for (RemedyCase c : cases) {
            boolean counted = c.getReceivedOn().getYear() <= year
                    && (c.getDecidedOn() == null || c.getDecidedOn().getYear() >= year);
            if (counted) {
                counts.get(c.getKind())[c.resultAtEndOf(year).ordinal()]++;
            }
        }
        return new RemedyTally(year, row(counts.get(RemedyKind.REVIEW)), row(counts.get(RemedyKind.SUIT)),
                row(counts.get(RemedyKind.SUIT_AFTER_REVIEW)));
    }

    private static Row row(long[] c) {
        return new Row(c[RemedyResult.UPHELD.ordinal()], c[RemedyResult.CORRECTED.ordinal()],
                c[RemedyResult.OTHER.ordinal()], c[RemedyResult.PENDING.ordinal()]);
    }
}
