package cn.xxgk.identity.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    /** The policy as the application builds it: with the list from the resource file. */
    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{1} refused as {2}")
    @CsvSource({
            "zhang, short-1A,               password.tooShort",
            "zhang, aaaaaaaaaa,             password.tooShort",
            "zhang, aaaaaaaaaaaa,           password.oneClass",
            "zhang, abcdefghijklmnop,       password.oneClass",
            "zhang, 123456789012,           password.oneClass",
            "zhang, !!!!@@@@####,           password.oneClass",
            "zhang, 我的密码特别长而且好记吗,    password.oneClass",
            "zhang, Zhang-2026-spring,      password.containsUsername",
            "zhang, spring2026ZHANG,        password.containsUsername",
            "zhang, password1234,           password.common",
            "zhang, 1qaz2wsx3edc,           password.common",
            "zhang, woaini1314520,          password.common",
            "zhang, Password2026!!,         password.common",
            "zhang, 2026!!Sunshine##,       password.common",
            "zhang, QWERTYUIOP123,          password.common",
    })
    void refusesWeakPasswordsWithTheRuleBroken(String username, String password, String key) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> policy.check(username, password));
        assertEquals(key, refused.messageKey());
    }

    @ParameterizedTest
    @CsvSource({
            "zhang, correct-horse-17",
            "zhang, 郑州市2026年信息公开",
            "li,    li-bai-drinks-2026",
            "zhang, Tr0ub4dor&3xyz",
    })
    void acceptsPasswordsThatKeepEveryRule(String username, String password) {
        assertDoesNotThrow(() -> policy.check(username, password));
    }

    @Test
    void tooShortNamesTheMinimumLength() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> policy.check("zhang", "abc-12"));
        assertEquals(12, refused.arguments()[0]);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 11 characters outside the BMP are 22 UTF-16 units: still too short
        String elevenCharacters = "𠀀𠀁𠀂𠀃𠀄1-2-3-";
        assertEquals(11, elevenCharacters.codePointCount(0, elevenCharacters.length()));
        assertThrows(InvalidInputException.class, () -> policy.check("zhang", elevenCharacters));
    }

    @Test
    void aVeryLongPasswordIsRefusedBeforeItIsHashed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> policy.check("zhang", "ab-1".repeat(33)));
        assertEquals(PasswordPolicy.TOO_LONG, refused.messageKey());
    }

    @Test
    void nullIsTooShort() {
        assertEquals(PasswordPolicy.TOO_SHORT,
                assertThrows(InvalidInputException.class, () -> policy.check("zhang", null)).messageKey());
    }

    @Test
    void theListHasSomeHundredsOfPasswords() {
        int size = PasswordPolicy.readList(PasswordPolicy.COMMON_LIST).size();
        assertTrue(size > 300 && size < 2000, "list size " + size);
    }

    @Test
    void theCoreLeavesOutDigitsAndSymbolsAroundTheLetters() {
        assertEquals("password", PasswordPolicy.core("2026!password!!9"));
        assertEquals("", PasswordPolicy.core("2026!!"));
    }
}
