package cn.xxgk.calendar.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a year's holiday arrangement from an iCalendar file of the kind published for Chinese
 * holidays (one all-day VEVENT per holiday or make-up working day, e.g. holiday-cn's .ics):
 * DTSTART/DTEND as dates (DTEND exclusive), SUMMARY naming the holiday; a summary containing
 * 补班 or 上班 marks make-up working days, anything else days off. Only that subset of
 * iCalendar is read; a file outside it is refused, naming the line at fault.
 */
public final class IcsFormat {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsFormat() {
    }

    public static YearArrangement parse(String ics, int year, String source) {
        List<String> lines = unfold(ics);
        if (lines.isEmpty() || !lines.getFirst().equals("BEGIN:VCALENDAR")) {
            throw new HolidayDataException(source, "line 1: not an iCalendar file (BEGIN:VCALENDAR expected)", null);
        }
        Map<LocalDate, DayRule> rules = new LinkedHashMap<>();
        LocalDate start = null;
        LocalDate end = null;
        String summary = null;
        int eventLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.equals("BEGIN:VEVENT")) {
                start = null;
                end = null;
                summary = null;
                eventLine = number;
            } else if (line.startsWith("DTSTART")) {
                start = date(line, number, source);
            } else if (line.startsWith("DTEND")) {
                end = date(line, number, source);
            } else if (line.startsWith("SUMMARY")) {
                summary = line.substring(line.indexOf(':') + 1).strip();
            } else if (line.equals("END:VEVENT")) {
                if (start == null || summary == null) {
                    throw new HolidayDataException(source, "line " + eventLine + ": event without DTSTART or SUMMARY", null);
                }
                boolean working = summary.contains("补班") || summary.contains("上班");
                String name = summary.replaceAll("\\s*(补班|上班|假期|休息|放假).*$", "").strip();
                LocalDate last = end == null ? start : end.minusDays(1);
                for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(1)) {
                    DayRule rule = new DayRule(d, !working, name.isEmpty() ? summary : name);
                    DayRule earlier = rules.put(d, rule);
                    if (earlier != null && earlier.offDay() != rule.offDay()) {
                        throw new HolidayDataException(source,
                                "line " + eventLine + ": " + d + " is both a day off and a working day", null);
                    }
                    if (Math.abs(d.getYear() - year) > 1) {
                        throw new HolidayDataException(source,
                                "line " + eventLine + ": " + d + " is not in or next to " + year, null);
                    }
                }
            }
        }
        if (rules.keySet().stream().noneMatch(d -> d.getYear() == year)) {
            throw new HolidayDataException(source, "no day of " + year + " in the file", null);
        }
        return new YearArrangement(year, new ArrayList<>(rules.values()));
    }

    private static LocalDate date(String line, int number, String source) {
        String value = line.substring(line.indexOf(':') + 1).strip();
        try {
            return LocalDate.parse(value.length() > 8 ? value.substring(0, 8) : value, BASIC);
        } catch (DateTimeParseException e) {
            throw new HolidayDataException(source, "line " + number + ": not a date: " + value, null);
        }
    }

    /** Joins folded lines (RFC 5545: a line starting with a space continues the previous one). */
    private static List<String> unfold(String ics) {
        List<String> lines = new ArrayList<>();
        for (String raw : ics.replace("\r\n", "\n").split("\n")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + raw.substring(1));
            } else if (!raw.isBlank()) {
                lines.add(raw.strip());
            }
        }
        return lines;
    }
}
