package cn.xxgk.calendar.control;

/**
 * Monday-to-Friday arithmetic in constant time: the rule for days that no holiday arrangement
 * covers. Days are epoch days ({@link java.time.LocalDate#toEpochDay()}).
 */
final class Weekdays {

    /* 1970-01-05 was a Monday; whole weeks are counted from it. */
    private static final long A_MONDAY = 4;

    private Weekdays() {
    }

    /**
     * How many weekdays fall on or before the day, counted from a fixed origin, so the number may
     * be negative; only differences between two ranks mean something.
     */
    static long rank(long epochDay) {
        long offset = epochDay - A_MONDAY;
        return 5 * Math.floorDiv(offset, 7) + Math.min(Math.floorMod(offset, 7) + 1, 5);
    }

    /** The weekday whose rank is the given one: the inverse of {@link #rank} on weekdays. */
    static long weekdayOfRank(long rank) {
        long zeroBased = rank - 1;
        return A_MONDAY + 7 * Math.floorDiv(zeroBased, 5) + Math.floorMod(zeroBased, 5);
    }

    static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay - A_MONDAY, 7) < 5;
    }
}
