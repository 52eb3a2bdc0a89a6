package cn.xxgk.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The rules every input of the API obeys before it reaches a boundary, in one place (issue #13):
 * <ul>
 * <li>text: no NUL nor other C0 control character (a tab, CR and LF only where lines may break),
 * and a length the column holds: {@value #LONG_TEXT} characters for a free text without a narrower
 * limit (a TEXT column holds 65,535 bytes; utf8mb4 takes at most 3 bytes a Chinese character and
 * 4 bytes a pair of UTF-16 units);</li>
 * <li>dates: not before the founding of the People's Republic ({@link #EARLIEST}: no record of
 * this system is older) and not more than {@value #YEARS_AHEAD} years after today (a deadline, a
 * correction date or a planned publication lies weeks ahead, never years);</li>
 * <li>paging: a page from 1, at most {@value #MAX_PAGE_SIZE} rows a page, and no further than the
 * first {@value #MAX_ROWS} rows (a search that needs more is refined, not paged).</li>
 * <li>a message about a bad value quotes its first {@value #QUOTED} characters only.</li>
 * </ul>
 * A breach is an {@link InvalidInputException}: a 400 problem naming the field, nothing written.
 */
public final class InputRules {

    public static final int LONG_TEXT = 20_000;
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    public static final int YEARS_AHEAD = 5;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_ROWS = 10_000;
    /** How many characters of a bad value a message quotes. */
    public static final int QUOTED = 40;

    private InputRules() {
    }

    /** A text of at most {@code max} characters without control characters; {@code multiline} allows tab, CR, LF. */
    public static String text(String value, String field, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException("input.tooLong", field, String.valueOf(max));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && !(multiline && (c == '\t' || c == '\r' || c == '\n'))) || c == 0x7f) {
                throw new InvalidInputException("input.controlCharacter", field);
            }
        }
        return value;
    }

    /** A free text (comments, reasons, descriptions): lines may break, at most {@value #LONG_TEXT} characters. */
    public static String longText(String value, String field) {
        return text(value, field, LONG_TEXT, true);
    }

    /**
     * A day as the API receives it, {@code yyyy-MM-dd}, within the window above counted from the agency's
     * today; blank is null (the caller says whether the field is required).
     */
    public static LocalDate isoDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("input.badDate", field, value);
        }
        return date(day, field, LocalDate.now(AgencyClock.ZONE));
    }

    /** A day within the window above, counted from {@code today}; null stays null. */
    public static LocalDate date(LocalDate day, String field, LocalDate today) {
        if (day != null && (day.isBefore(EARLIEST) || day.isAfter(today.plusYears(YEARS_AHEAD)))) {
            throw new InvalidInputException("input.dateOutOfRange", field, day, EARLIEST, today.plusYears(YEARS_AHEAD));
        }
        return day;
    }

    /** A page number (from 1) for pages of {@code size} rows: the first row it shows lies within {@value #MAX_ROWS}. */
    public static int page(int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("input.pageSize", String.valueOf(MAX_PAGE_SIZE));
        }
        int last = MAX_ROWS / size;
        if (page < 1 || page > last) {
            throw new InvalidInputException("input.page", String.valueOf(last));
        }
        return page;
    }

    /**
     * A JSON document handed on as bytes (an imported file) nests at most {@code max} arrays and
     * objects: the parser would otherwise recurse as deep as the sender likes. Reads the bytes
     * once, outside strings; what is not JSON is left to its parser.
     */
    public static byte[] nesting(byte[] json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; json != null && i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    throw new InvalidInputException("input.tooDeep", String.valueOf(max));
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return json;
    }

    /** A number of rows asked for (a list's {@code max}): 1 to {@code limit}. */
    public static int rows(int max, String field, int limit) {
        if (max < 1 || max > limit) {
            throw new InvalidInputException("input.rows", field, String.valueOf(limit));
        }
        return max;
    }

    /** The arguments of a message as it may quote them: texts cut to their first {@value #QUOTED} characters. */
    public static Object[] quoted(Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof CharSequence text) {
                shown[i] = quoted(text.toString());
            }
        }
        return shown;
    }

    private static String quoted(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED)) + "…";
    }
}
