package cn.xxgk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The input rules of issue #13: control characters, lengths, the date window, paging, nesting. */
class InputRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void controlCharactersAreRefusedTabAndLineBreaksOnlyInLongTexts() {
        assertEquals("input.controlCharacter", refusal(() -> InputRules.longText("a\u0000b", "text")));
        assertEquals("input.controlCharacter", refusal(() -> InputRules.longText("a\u001bb", "text")));
        assertEquals("input.controlCharacter", refusal(() -> InputRules.longText("a\u007fb", "text")));
        assertEquals("input.controlCharacter", refusal(() -> InputRules.text("a\nb", "name", 50, false)));
        assertEquals("第一行\r\n\t第二行", InputRules.longText("第一行\r\n\t第二行", "text"));
        assertEquals("\uD840\uDC00", InputRules.text("\uD840\uDC00", "name", 50, false));
    }

    @Test
    void aTextLongerThanItsColumnIsRefused() {
        assertEquals("x".repeat(20), InputRules.text("x".repeat(20), "documentType", 20, false));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> InputRules.text("x".repeat(21), "documentType", 20, false));
        assertEquals("input.tooLong", tooLong.messageKey());
        assertEquals("documentType", tooLong.arguments()[0]);
        assertEquals("input.tooLong", refusal(() -> InputRules.longText("中".repeat(InputRules.LONG_TEXT + 1), "text")));
    }

    @Test
    void datesLieBetweenTheFoundingAndFiveYearsAhead() {
        assertEquals(LocalDate.of(1949, 10, 1), InputRules.date(LocalDate.of(1949, 10, 1), "d", TODAY));
        assertEquals(LocalDate.of(2031, 12, 6), InputRules.date(LocalDate.of(2031, 12, 6), "d", TODAY));
        assertEquals("input.dateOutOfRange", refusal(() -> InputRules.date(LocalDate.of(1949, 9, 30), "d", TODAY)));
        assertEquals("input.dateOutOfRange", refusal(() -> InputRules.date(LocalDate.of(2031, 12, 7), "d", TODAY)));
        assertEquals("input.dateOutOfRange", refusal(() -> InputRules.date(LocalDate.MAX, "d", TODAY)));
    }

    @Test
    void pagesStayWithinTheFirstTenThousandRows() {
        assertEquals(1, InputRules.page(1, 20));
        assertEquals(500, InputRules.page(500, 20));
        assertEquals("input.page", refusal(() -> InputRules.page(501, 20)));
        assertEquals("input.page", refusal(() -> InputRules.page(Integer.MAX_VALUE, 20)));
        assertEquals("input.page", refusal(() -> InputRules.page(0, 20)));
        assertEquals("input.pageSize", refusal(() -> InputRules.page(1, 101)));
        assertEquals("input.rows", refusal(() -> InputRules.rows(-1, "max", 500)));
        assertEquals(500, InputRules.rows(500, "max", 500));
    }

    @Test
    void nestingIsCountedOutsideStrings() {
        byte[] holidays = "{\"days\":[{\"name\":\"[[[[[[\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(holidays, InputRules.nesting(holidays, 3));
        assertEquals("input.tooDeep", refusal(() -> InputRules.nesting("[[[[]]]]".getBytes(), 3)));
        assertEquals("input.tooDeep", refusal(() -> InputRules.nesting(("[".repeat(100_000)).getBytes(), 32)));
    }

    @Test
    void aLongValueIsQuotedByItsFirstFortyCharactersWithoutCuttingACharacterInHalf() {
        Object[] shown = InputRules.quoted("field", "A".repeat(1_000_000), 7, "\uD840\uDC00".repeat(50));

        assertEquals("field", shown[0]);
        assertEquals("A".repeat(40) + "…", shown[1]);
        assertEquals(7, shown[2]);
        assertEquals("\uD840\uDC00".repeat(40) + "…", shown[3]);
    }

    private static String refusal(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run).messageKey();
    }
}
