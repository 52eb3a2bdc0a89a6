package cn.xxgk.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span in which a deadline does not run: a third party or another agency is being consulted
 * (Arts. 32-34). It begins on the day the consultation letter is sent and ends on the day the
 * answer arrives (or the consulted side's own 15 days run out). The working days after {@code from}
 * up to and including {@code until} are not counted; see {@link LegalClock} for why.
 *
 * @param from  the day the consultation was sent: still counted
 * @param until the day the answer arrived: not counted; null while the pause is open
 */
public record Pause(LocalDate from, LocalDate until) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + until + ") before it begins (" + from + ")");
        }
    }

    public static Pause openedOn(LocalDate from) {
        return new Pause(from, null);
    }

    public boolean isOpen() {
        return until == null;
    }

    public Pause resumedOn(LocalDate day) {
        if (!isOpen()) {
            throw new IllegalStateException("the pause from " + from + " already ended on " + until);
        }
        return new Pause(from, day);
    }

    /** True while the deadline stands still on that day: after the pause began and before the answer came. */
    public boolean isPausedOn(LocalDate day) {
        return day.isAfter(from) && (until == null || day.isBefore(until));
    }
}
