package cn.xxgk.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checks an import passes before anything is written. */
class CalendarImportParseTest {

    static final byte[] JSON_2027 = """
            {"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"""
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aGoodFileIsAccepted() {
        assertEquals(1, CalendarAdministration.parse(2027, "2027.json", JSON_2027).rules().size());
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        assertEquals("calendar.import.empty", refusal(2027, "2027.json", new byte[0]));
        assertEquals("calendar.import.type", refusal(2027, "2027.xlsx", JSON_2027));
        assertEquals("calendar.import.wrongYear", refusal(2028, "2027.json", JSON_2027));
        assertEquals("calendar.import.invalid", refusal(2027, "2027.json", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals("calendar.import.tooLarge", refusal(2027, "2027.json", new byte[CalendarAdministration.MAX_FILE_BYTES + 1]));
        InvalidInputException wrongYear = assertThrows(InvalidInputException.class,
                () -> CalendarAdministration.parse(2028, "2027.json", JSON_2027));
        assertArrayEquals(new Object[] {"2027", "2028"}, wrongYear.arguments());
    }

    private static String refusal(int year, String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> CalendarAdministration.parse(year, name, content)).messageKey();
    }
}
