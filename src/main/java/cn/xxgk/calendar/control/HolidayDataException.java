package cn.xxgk.calendar.control;

/**
 * A holiday arrangement that cannot be used: malformed, incomplete or contradicting itself or
 * another year. The message names the source and the entry at fault (its index in {@code days}
 * and its date where known), so that the office can correct the file; nothing of it is loaded.
 */
public class HolidayDataException extends RuntimeException {

    private final String source;
    private final int entryIndex;

    public HolidayDataException(String source, int entryIndex, String problem) {
        super(source + (entryIndex >= 0 ? ", days[" + entryIndex + "]" : "") + ": " + problem);
        this.source = source;
        this.entryIndex = entryIndex;
    }

    public HolidayDataException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.entryIndex = -1;
    }

    /** The file or import the data came from, e.g. {@code 2026.json}. */
    public String source() {
        return source;
    }

    /** The index of the faulty entry in the file's {@code days} array, or -1 when no single entry is at fault. */
    public int entryIndex() {
        return entryIndex;
    }
}
