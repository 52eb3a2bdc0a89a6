package cn.xxgk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A day that differs from the weekday rule names its holiday (the name the screens and the
 * calendar API show). A day the office sets without a name, or with one longer than the calendar
 * keeps, is input the office can correct: a message at the name field, not a server error (issue
 * #12, bug 9).
 */
class DayRuleTest {

    static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @ParameterizedTest(name = "name \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aDayWithoutANameIsRefusedAsInputTheOfficeCanCorrect(String name) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new DayRule(NEW_YEARS_EVE, true, name));
        assertEquals(DayRule.NAME_REQUIRED, refused.messageKey());
    }

    @Test
    void aMakeUpWorkingDayWithoutANameIsRefusedToo() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> DayRule.makeUpWorkingDay(LocalDate.of(2026, 10, 10), null));
        assertEquals(DayRule.NAME_REQUIRED, refused.messageKey());
    }

    @Test
    void aNameLongerThanTheCalendarKeepsIsRefused() {
        String tooLong = "假".repeat(DayRule.MAX_NAME_LENGTH + 1);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> DayRule.offDay(NEW_YEARS_EVE, tooLong));

        assertEquals(DayRule.NAME_TOO_LONG, refused.messageKey());
        assertEquals(DayRule.MAX_NAME_LENGTH, refused.arguments()[0]);
    }

    @Test
    void aNamedDayIsKeptWithItsNameWithoutSurroundingBlanks() {
        DayRule rule = DayRule.offDay(NEW_YEARS_EVE, " 测试假日 ");

        assertEquals("测试假日", rule.name());
        assertEquals(DayRule.MAX_NAME_LENGTH, DayRule.offDay(NEW_YEARS_EVE, "假".repeat(DayRule.MAX_NAME_LENGTH))
                .name().length(), "a name of exactly the maximum length is kept");
    }
}
