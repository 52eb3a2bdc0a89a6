package cn.xxgk.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCnFormatTest {

    @Test
    void readsAYearFileWithDaysOfTheNeighbouringYear() {
        String json = """
                {"year": 2019, "papers": ["http://www.gov.cn/..."], "days": [
                  {"name": "元旦", "date": "2018-12-29", "isOffDay": false},
                  {"name": "元旦", "date": "2018-12-30", "isOffDay": true},
                  {"name": "元旦", "date": "2019-01-01", "isOffDay": true}
                ]}""";

        YearArrangement arrangement = HolidayCnFormat.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2019.json");

        assertEquals(2019, arrangement.year());
        assertTrue(arrangement.isPublished());
        assertEquals(List.of(
                DayRule.makeUpWorkingDay(LocalDate.of(2018, 12, 29), "元旦"),
                DayRule.offDay(LocalDate.of(2018, 12, 30), "元旦"),
                DayRule.offDay(LocalDate.of(2019, 1, 1), "元旦")), arrangement.rules());
        assertTrue(arrangement.rules().getFirst().isMakeUpWorkingDay());
    }

    @Test
    void bundlesEveryYearFrom2019To2027AndTheEmpty2027FileMeansUnpublished() {
        List<YearArrangement> bundled = HolidayCnFormat.bundled();

        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027),
                bundled.stream().map(YearArrangement::year).toList());
        assertFalse(bundled.getLast().isPublished());
        assertEquals(39, bundled.get(7).rules().size(), "2026.json lists 39 days");
        assertEquals(37, bundled.get(1).rules().size(), "2020.json lists 37 days");
    }

    @Test
    void aDateListedTwiceWithTheSameMeaningIsKeptOnce() {
        YearArrangement arrangement = HolidayCnFormat.parse("""
                {"year": 2024, "days": [
                  {"name": "元旦", "date": "2024-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2024-01-01", "isOffDay": true}
                ]}""", "test");

        assertEquals(1, arrangement.rules().size());
    }

    @Test
    void aContradictingDateIsRefusedNamingBothEntries() {
        HolidayDataException refused = assertThrows(HolidayDataException.class, () -> HolidayCnFormat.parse("""
                {"year": 2024, "days": [
                  {"name": "春节", "date": "2024-02-10", "isOffDay": true},
                  {"name": "春节", "date": "2024-02-11", "isOffDay": true},
                  {"name": "春节", "date": "2024-02-10", "isOffDay": false}
                ]}""", "2024.json"));

        assertEquals(2, refused.entryIndex());
        assertEquals("2024.json, days[2]: 2024-02-10 is listed as a working day but days[0] lists it as a day off",
                refused.getMessage());
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        HolidayDataException refused = assertThrows(HolidayDataException.class, () -> HolidayCnFormat.parse("""
                {"year": 2024, "days": [
                  {"name": "元旦", "date": "2024-01-01", "isOffDay": true,}
                ]}""", "2024.json"));

        assertTrue(refused.getMessage().startsWith("2024.json: malformed JSON at line 2"), refused.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "元旦", "date": "2026-01-01", "isOffDay": true}                 | 2026-01-01 is more than one year away from the file's year 2024
            {"name": "元旦", "date": "2024-13-01", "isOffDay": true}                 | "date" "2024-13-01" is not a date like 2026-01-01
            {"name": "元旦", "date": "2024-01-01"}                                   | 2024-01-01: "isOffDay" is missing or not true/false
            {"name": "元旦", "date": "2024-01-01", "isOffDay": "yes"}                | 2024-01-01: "isOffDay" is missing or not true/false
            {"name": " ", "date": "2024-01-01", "isOffDay": true}                    | 2024-01-01: "name" is missing or blank
            {"name": "元旦", "isOffDay": true}                                       | "date" is missing or not a string
            "2024-01-01"                                                             | is not an object
            """)
    void aFaultyEntryIsRefusedNamingItsIndex(String badEntry, String problem) {
        String json = """
                {"year": 2024, "days": [
                  {"name": "春节", "date": "2024-02-10", "isOffDay": true},
                  %s
                ]}""".formatted(badEntry);

        HolidayDataException refused = assertThrows(HolidayDataException.class, () -> HolidayCnFormat.parse(json, "import"));

        assertEquals(1, refused.entryIndex());
        assertEquals("import, days[1]: " + problem, refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [1, 2]                         | expected a JSON object at the top, found ARRAY
            {"days": []}                   | "year" is missing or not a whole number
            {"year": 2024.5, "days": []}   | "year" is missing or not a whole number
            {"year": 20240, "days": []}    | "year" 20240 is outside 1990-2200
            {"year": 2024}                 | "days" is missing or not an array
            """)
    void aFileWithoutYearOrDaysIsRefused(String json, String problem) {
        HolidayDataException refused = assertThrows(HolidayDataException.class, () -> HolidayCnFormat.parse(json, "import"));

        assertEquals(-1, refused.entryIndex());
        assertEquals("import: " + problem, refused.getMessage());
    }
}
