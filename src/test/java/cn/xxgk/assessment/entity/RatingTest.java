package cn.xxgk.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RatingTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 10, 0);

    @Test
    @DisplayName("seed 四 satisfaction: no rating before the reply, scores 1 to 5 only")
    void aRatingNeedsAReplyAndAScoreFromOneToFive() {
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> Rating.of(1L, null, 2L, 5, NOW));
        assertEquals("assessment.rating.beforeReply", early.messageKey());
        assertThrows(InvalidInputException.class, () -> Rating.of(1L, LocalDate.of(2026, 12, 1), 2L, 0, NOW));
        assertThrows(InvalidInputException.class, () -> Rating.of(1L, LocalDate.of(2026, 12, 1), 2L, 6, NOW));
        assertThrows(InvalidInputException.class, () -> Rating.of(1L, LocalDate.of(2026, 12, 1), 2L, null, NOW));
        Rating r = Rating.of(1L, LocalDate.of(2026, 12, 1), 2L, 4, NOW);
        assertEquals(4, r.getScore());
        assertEquals(NOW.toLocalDate(), r.getRatedOn());
    }
}
