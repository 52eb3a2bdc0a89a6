package cn.xxgk.calendar.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the yearly files of the holiday-cn project ({@code {"year":2026,"days":[{"name":"元旦",
 * "date":"2026-01-01","isOffDay":true}, ...]}}), the format the bundled data and the office's
 * imports use. A file is checked whole before anything of it is returned, because a deadline
 * computed from half an arrangement would be wrong without anyone noticing.
 */
public final class HolidayCnFormat {

    /** The first bundled year: the Regulations in their current form are in force since 2019-05-15. */
    public static final int FIRST_BUNDLED_YEAR = 2019;

    private static final String BUNDLED_PATH = "/calendar/holiday-cn/%d.json";

    /*
     * Guards against a typo in the year ("20226"); arrangements exist only for modern years and
     * keeping them in a small range keeps the calendar's precomputed tables small.
     */
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2200;

    private HolidayCnFormat() {
    }

    /** Parses one year's file; {@code source} names it in error messages (e.g. the file name). */
    public static YearArrangement parse(InputStream json, String source) {
        return parse(new InputStreamReader(json, StandardCharsets.UTF_8), source);
    }

    public static YearArrangement parse(String json, String source) {
        return parse(new StringReader(json), source);
    }

    /**
     * Every bundled year file, from {@value #FIRST_BUNDLED_YEAR} on until the first missing year,
     * so that adding a year means adding its file and nothing else.
     */
    public static List<YearArrangement> bundled() {
        List<YearArrangement> years = new ArrayList<>();
        for (int year = FIRST_BUNDLED_YEAR; ; year++) {
            String path = BUNDLED_PATH.formatted(year);
            try (InputStream in = HolidayCnFormat.class.getResourceAsStream(path)) {
                if (in == null) {
                    return List.copyOf(years);
                }
                YearArrangement arrangement = parse(in, year + ".json");
                if (arrangement.year() != year) {
                    throw new HolidayDataException(year + ".json", -1,
                            "declares the year " + arrangement.year() + ", not " + year);
                }
                years.add(arrangement);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled holiday data " + path, e);
            }
        }
    }

    private static YearArrangement parse(Reader json, String source) {
        JsonObject root = readObject(json, source);
        int year = yearOf(root, source);
        JsonValue days = root.get("days");
        if (!(days instanceof JsonArray entries)) {
            throw new HolidayDataException(source, -1, "\"days\" is missing or not an array");
        }
        Map<LocalDate, DayRule> rulesByDate = new LinkedHashMap<>();
        Map<LocalDate, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            DayRule rule = ruleAt(entries, i, year, source);
            DayRule earlier = rulesByDate.putIfAbsent(rule.date(), rule);
            firstIndex.putIfAbsent(rule.date(), i);
            // The same date twice with the same meaning is harmless: the first entry is kept.
            if (earlier != null && earlier.offDay() != rule.offDay()) {
                throw new HolidayDataException(source, i, rule.date() + " is listed as " + describe(rule.offDay())
                        + " but days[" + firstIndex.get(rule.date()) + "] lists it as " + describe(earlier.offDay()));
            }
        }
        List<DayRule> rules = new ArrayList<>(rulesByDate.values());
        return new YearArrangement(year, rules);
    }

    private static JsonObject readObject(Reader json, String source) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new HolidayDataException(source, -1, "expected a JSON object at the top, found " + value.getValueType());
            }
            return object;
        } catch (JsonParsingException e) {
            var where = e.getLocation();
            throw new HolidayDataException(source, "malformed JSON"
                    + (where == null ? "" : " at line " + where.getLineNumber() + ", column " + where.getColumnNumber())
                    + ": " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new HolidayDataException(source, "unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static int yearOf(JsonObject root, String source) {
        if (!(root.get("year") instanceof JsonNumber number) || !number.isIntegral()) {
            throw new HolidayDataException(source, -1, "\"year\" is missing or not a whole number");
        }
        int year = number.intValue();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new HolidayDataException(source, -1, "\"year\" " + number + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return year;
    }

    private static DayRule ruleAt(JsonArray entries, int index, int year, String source) {
        if (!(entries.get(index) instanceof JsonObject entry)) {
            throw new HolidayDataException(source, index, "is not an object");
        }
        if (!(entry.get("date") instanceof JsonString dateText)) {
            throw new HolidayDataException(source, index, "\"date\" is missing or not a string");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText.getString());
        } catch (DateTimeParseException e) {
            throw new HolidayDataException(source, index, "\"date\" " + dateText + " is not a date like 2026-01-01");
        }
        if (Math.abs(date.getYear() - year) > 1) {
            throw new HolidayDataException(source, index, date + " is more than one year away from the file's year " + year);
        }
        JsonValue offDay = entry.get("isOffDay");
        if (offDay != JsonValue.TRUE && offDay != JsonValue.FALSE) {
            throw new HolidayDataException(source, index, date + ": \"isOffDay\" is missing or not true/false");
        }
        if (!(entry.get("name") instanceof JsonString name) || name.getString().isBlank()) {
            throw new HolidayDataException(source, index, date + ": \"name\" is missing or blank");
        }
        return new DayRule(date, offDay == JsonValue.TRUE, name.getString().strip());
    }

    private static String describe(boolean offDay) {
        return offDay ? "a day off" : "a working day";
    }
}
