package cn.xxgk.remedy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyKind;
import cn.xxgk.remedy.entity.RemedyResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Section 四 of the annual report (国办公开办函〔2021〕30号): review and suit cases by result in the report year. */
class RemedyTallyTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 10, 9, 0);
    private static final LocalDate REQUEST_RECEIVED = LocalDate.of(2024, 6, 1);

    @Test
    @DisplayName("四 行政复议、行政诉讼: each case counted once per group, decided ones by result, undecided at year end as 尚未审结")
    void theYearsCasesAreCountedByResult() {
        List<RemedyCase> cases = List.of(
                decided(RemedyKind.REVIEW, "2026-02-01", RemedyResult.UPHELD, "2026-04-01"),
                decided(RemedyKind.REVIEW, "2026-02-01", RemedyResult.UPHELD, "2026-05-01"),
                decided(RemedyKind.REVIEW, "2025-11-01", RemedyResult.CORRECTED, "2026-01-15"),
                decided(RemedyKind.REVIEW, "2026-12-01", RemedyResult.OTHER, "2027-01-05"), // pending at 2026's end
                pending(RemedyKind.SUIT, "2025-06-01"),                                  // still pending from last year
                decided(RemedyKind.SUIT, "2026-03-01", RemedyResult.OTHER, "2026-09-01"),
                decided(RemedyKind.SUIT_AFTER_REVIEW, "2026-07-01", RemedyResult.CORRECTED, "2026-10-01"),
                decided(RemedyKind.SUIT_AFTER_REVIEW, "2025-01-01", RemedyResult.UPHELD, "2025-12-31"), // last year's
                pending(RemedyKind.SUIT_AFTER_REVIEW, "2027-01-02"));                    // next year's

        RemedyTally tally = RemedyTally.of(2026, cases);

        assertEquals(new RemedyTally.Row(2, 1, 0, 1), tally.review());
        assertEquals(4, tally.review().total());
        assertEquals(new RemedyTally.Row(0, 0, 1, 1), tally.suitWithoutReview());
        assertEquals(new RemedyTally.Row(0, 1, 0, 0), tally.suitAfterReview());
        assertEquals(1, tally.suitAfterReview().total());
    }

    @Test
    void aCaseIsDecidedOnceNotBeforeItWasReceivedAndNotAsPending() {
        RemedyCase c = pending(RemedyKind.REVIEW, "2026-02-01");
        assertThrows(InvalidInputException.class, () -> c.decide(RemedyResult.PENDING, LocalDate.of(2026, 3, 1), "office", NOW));
        assertThrows(InvalidInputException.class, () -> c.decide(RemedyResult.UPHELD, LocalDate.of(2026, 1, 31), "office", NOW));
        c.decide(RemedyResult.UPHELD, LocalDate.of(2026, 3, 1), "office", NOW);
        assertThrows(InvalidInputException.class, () -> c.decide(RemedyResult.CORRECTED, LocalDate.of(2026, 3, 2), "office", NOW));
    }

    @Test
    void aCaseIsNotReceivedBeforeItsRequestNorInTheFuture() {
        assertThrows(InvalidInputException.class, () -> pending(RemedyKind.REVIEW, "2024-05-31"));
        assertThrows(InvalidInputException.class, () -> pending(RemedyKind.REVIEW, "2027-01-11"));
    }

    private static RemedyCase pending(RemedyKind kind, String received) {
        return RemedyCase.open(1L, "2025-00001", REQUEST_RECEIVED, kind, null, "郑州市人民政府", null,
                LocalDate.parse(received), null, "office", NOW);
    }

    private static RemedyCase decided(RemedyKind kind, String received, RemedyResult result, String decided) {
        RemedyCase c = pending(kind, received);
        c.decide(result, LocalDate.parse(decided), "office", NOW);
        return c;
    }
}
