package cn.xxgk.catalogue.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.catalogue.entity.InterpretationLink.Side;
import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of a policy interpretation link (issue #14, 1): published sides, not itself, once, no cycle. */
class InterpretationLinkTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    static Side published(long id) {
        return new Side(id, "MB1532375/2026-0000" + id, true);
    }

    static String refusal(Side interpretation, Side document, Map<Long, Long> explains) {
        return assertThrows(InvalidInputException.class,
                () -> InterpretationLink.of(interpretation, document, explains, "office", NOW)).messageKey();
    }

    @Test
    void aPublishedInterpretationIsLinkedToThePublishedDocumentItExplains() {
        InterpretationLink link = InterpretationLink.of(published(2), published(1), Map.of(3L, 1L), "office", NOW);

        assertEquals(2L, link.getInterpretationId());
        assertEquals(1L, link.getDocumentId());
        assertEquals("office", link.getLinkedBy());
    }

    @Test
    void anEntryNeverInterpretsItself() {
        assertEquals("interpretation.invalid.itself", refusal(published(1), published(1), Map.of()));
    }

    @Test
    @DisplayName("Art. 24: only what the public can see is linked — an unpublished side is refused")
    void anUnpublishedSideIsRefused() {
        Side draft = new Side(5L, "草稿", false);

        assertEquals("interpretation.invalid.notPublished", refusal(draft, published(1), Map.of()));
        assertEquals("interpretation.invalid.notPublished", refusal(published(1), draft, Map.of()));
    }

    @Test
    void anInterpretationExplainsOneDocumentOnly() {
        assertEquals("interpretation.invalid.alreadyLinked", refusal(published(2), published(3), Map.of(2L, 1L)));
    }

    @Test
    void aLinkThatWouldCloseACycleIsRefused() {
        // 2 explains 1, 3 explains 2: linking 1 as the interpretation of 3 closes 1 -> 3 -> 2 -> 1
        assertEquals("interpretation.invalid.cycle", refusal(published(1), published(3), Map.of(2L, 1L, 3L, 2L)));
        // the direct case: 2 explains 1, then 1 as the interpretation of 2
        assertEquals("interpretation.invalid.cycle", refusal(published(1), published(2), Map.of(2L, 1L)));
    }
}
