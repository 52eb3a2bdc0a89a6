package cn.xxgk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeGapsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void aRowCommittedLateIsReadAsAGapAndThenSeen() {
        ChangeGaps gaps = ChangeGaps.from(java.util.Map.of(), T0);
        gaps.seen(List.of(1L, 2L, 4L, 5L), T0); // 3 is written by a transaction still open
        assertEquals(5, gaps.high());
        assertEquals(List.of(3L), gaps.gaps());

        gaps.seen(List.of(3L, 6L), T0.plusSeconds(1)); // it committed
        assertEquals(6, gaps.high());
        assertEquals(List.of(), gaps.gaps());
    }

    @Test
    void aGapIsGivenUpOnlyAfterThePatience() {
        ChangeGaps gaps = ChangeGaps.from(java.util.Map.of(), T0);
        gaps.seen(List.of(1L, 4L), T0);
        assertEquals(0, gaps.expire(T0.plusSeconds(599), Duration.ofSeconds(600)));
        assertEquals(List.of(2L, 3L), gaps.gaps());
        assertEquals(2, gaps.expire(T0.plusSeconds(601), Duration.ofSeconds(600)));
        assertEquals(List.of(), gaps.gaps());
    }

    @Test
    void thePositionAndTheOpenGapsSurviveARestart() {
        ChangeGaps gaps = ChangeGaps.from(java.util.Map.of(), T0);
        gaps.seen(List.of(1L, 3L, 7L), T0);
        ChangeGaps restarted = ChangeGaps.from(gaps.toData(), T0.plusSeconds(3600));
        assertEquals(7, restarted.high());
        assertEquals(List.of(2L, 4L, 5L, 6L), restarted.gaps());
        // the wait starts again at the restart: no gap is given up just because the node was down
        assertEquals(0, restarted.expire(T0.plusSeconds(3700), Duration.ofSeconds(600)));
    }

    @Test
    void rowsInAnyOrderGiveTheSameState() {
        ChangeGaps gaps = ChangeGaps.from(java.util.Map.of(), T0);
        gaps.seen(List.of(5L, 2L, 1L), T0);
        assertEquals(5, gaps.high());
        assertEquals(List.of(3L, 4L), gaps.gaps());
    }
}
