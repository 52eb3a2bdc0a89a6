package cn.xxgk.calendar.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One running legal deadline: what started it and what happened to it since (pauses, extensions).
 * It keeps only these inputs and computes the due date from whatever calendar it is given, so a
 * newly imported holiday arrangement moves every open deadline without any stored date going stale.
 * Immutable: each command returns the changed clock, and the owner (a request, a catalogue entry)
 * stores its inputs.
 *
 * <p><b>Counting.</b> The start day is not counted; day 1 is the first working day after it
 * (Art. 31). The period has {@code kind.workingDays()} plus the extensions granted.
 *
 * <p><b>Pauses.</b> The time of a third-party or inter-agency consultation "is not counted in the
 * period" (Arts. 32, 34). A pause runs from the day the consultation letter is sent ({@code from})
 * to the day the answer arrives ({@code until}); the working days after {@code from} up to and
 * including {@code until} are not counted. The sending day still counts because the agency had the
 * request that day and worked on it until it sent the letter. The answer day does not count for
 * the same reason the day of receipt does not (Art. 31; the general rule of Chinese procedural law
 * that the day an event starts a period is not counted in it): the answer arriving restarts the
 * count from the next working day. So exactly the consultation's own span, counted the way its
 * 15 days are counted (after the sending day, up to the answer day), is left out: the applicant
 * waits the period plus the consultation, and the agency gets the whole answer day to read it.
 * A consultation sent after the due date does not move it: the period was over before it began.
 *
 * <p><b>Provisional.</b> A status is provisional when a day after the start up to the due date lies
 * in a year without a published arrangement: a holiday or make-up day announced later may move it.
 */
public record LegalClock(DeadlineKind kind, LocalDate start, List<Pause> pauses, int extensionWorkingDays) {

    /** The due-soon threshold the reminders use unless the agency configures another. */
    public static final int DEFAULT_DUE_SOON_THRESHOLD = 5;

    public LegalClock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        pauses = List.copyOf(pauses);
        if (extensionWorkingDays < 0 || extensionWorkingDays > kind.extensionCap()) {
            throw new IllegalArgumentException("an extension of " + extensionWorkingDays + " working days is outside 0-"
                    + kind.extensionCap() + " for " + kind);
        }
        LocalDate earliest = start;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            if (pause.from().isBefore(earliest)) {
                throw new IllegalArgumentException("the pause from " + pause.from() + " begins before " + earliest
                        + " (the start or the end of the previous pause)");
            }
            if (pause.isOpen() && i < pauses.size() - 1) {
                throw new IllegalArgumentException("only the last pause may still be open");
            }
            earliest = pause.isOpen() ? pause.from() : pause.until();
        }
    }

    /** A new clock of the kind's full length starting from the given day. */
    public static LegalClock start(DeadlineKind kind, LocalDate start) {
        return new LegalClock(kind, start, List.of(), 0);
    }

    /** A reply clock started the way the request's channel prescribes (Art. 31). */
    public static LegalClock start(DeadlineKind kind, ClockStart start) {
        return start(kind, start.date());
    }

    /** Stops the clock from the day a consultation letter is sent; that day is still counted. */
    public LegalClock pausedOn(LocalDate day) {
        if (isPaused()) {
            throw new IllegalStateException("already paused since " + pauses.getLast().from());
        }
        List<Pause> changed = new ArrayList<>(pauses);
        changed.add(Pause.openedOn(day));
        return new LegalClock(kind, start, changed, extensionWorkingDays);
    }

    /** Restarts the count after the day the answer arrives; that day is not counted. */
    public LegalClock resumedOn(LocalDate day) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        List<Pause> changed = new ArrayList<>(pauses);
        changed.set(changed.size() - 1, pauses.getLast().resumedOn(day));
        return new LegalClock(kind, start, changed, extensionWorkingDays);
    }

    /**
     * Adds working days to the period (Art. 33: approved by the office head, notified to the
     * applicant; those checks belong to the request). Refused beyond the kind's cap in total.
     */
    public LegalClock extendedBy(int workingDays) {
        if (workingDays <= 0) {
            throw new IllegalArgumentException("an extension must add at least one working day, not " + workingDays);
        }
        if (extensionWorkingDays + workingDays > kind.extensionCap()) {
            throw new ExtensionRefusedException(kind, extensionWorkingDays, workingDays);
        }
        return new LegalClock(kind, start, pauses, extensionWorkingDays + workingDays);
    }

    /**
     * A full new period from the given day, without the old pauses or extensions: a corrected
     * request starts the period again from the receipt of the correction (Art. 30).
     */
    public LegalClock restartedOn(LocalDate day) {
        return start(kind, day);
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.getLast().isOpen();
    }

    /** The working days of the whole period: the kind's length plus the extensions. */
    public int totalWorkingDays() {
        return kind.workingDays() + extensionWorkingDays;
    }

    /**
     * The last working day of the period, or empty while an open pause leaves it unknown. A pause
     * that begins after the period ran out changes nothing; one that begins on its last day still
     * suspends it, and the reply is then due on the day the answer arrives (the next working day
     * if that is none), as the consultation time is not counted but no working day is left.
     */
    public Optional<LocalDate> dueDate(WorkingDayCalendar calendar) {
        int remaining = totalWorkingDays();
        LocalDate countedUpTo = start;
        for (Pause pause : pauses) {
            LocalDate dueBeforePause = endOfPeriod(calendar, countedUpTo, remaining);
            if (dueBeforePause.isBefore(pause.from())) {
                return Optional.of(dueBeforePause);
            }
            remaining -= calendar.countWorkingDays(countedUpTo, pause.from());
            if (pause.isOpen()) {
                return Optional.empty();
            }
            countedUpTo = pause.until();
        }
        return Optional.of(endOfPeriod(calendar, countedUpTo, remaining));
    }

    private static LocalDate endOfPeriod(WorkingDayCalendar calendar, LocalDate countedUpTo, int remaining) {
        return remaining == 0
                ? calendar.firstWorkingDayFrom(countedUpTo)
                : calendar.addWorkingDays(countedUpTo, remaining);
    }

    /** The working days counted after the start up to and including the day, leaving out the paused ones. */
    public int countedWorkingDays(WorkingDayCalendar calendar, LocalDate day) {
        int counted = calendar.countWorkingDays(start, day);
        for (Pause pause : pauses) {
            LocalDate pausedUntil = pause.isOpen() || pause.until().isAfter(day) ? day : pause.until();
            counted -= calendar.countWorkingDays(pause.from(), pausedUntil);
        }
        return counted;
    }

    /**
     * Working days left after the day: 0 on the due date, negative once it has passed (minus the
     * working days since, and at least -1 from the day after the due date on, weekends included).
     */
    public int remainingWorkingDays(WorkingDayCalendar calendar, LocalDate day) {
        return statusOn(calendar, day).remainingWorkingDays();
    }

    public DeadlineStatus statusOn(WorkingDayCalendar calendar, LocalDate day) {
        return statusOn(calendar, day, DEFAULT_DUE_SOON_THRESHOLD);
    }

    /** The deadline as seen on the day; {@code dueSoonThreshold} working days or fewer left make it DUE_SOON. */
    public DeadlineStatus statusOn(WorkingDayCalendar calendar, LocalDate day, int dueSoonThreshold) {
        if (dueSoonThreshold < 0) {
            throw new IllegalArgumentException("the due-soon threshold cannot be negative: " + dueSoonThreshold);
        }
        LocalDate due = dueDate(calendar).orElse(null);
        int remaining = totalWorkingDays() - countedWorkingDays(calendar, day);
        // Without a due date, the days counted so far are all the computation relied on.
        boolean provisional = calendar.hasProvisionalDay(start, due != null ? due : day);
        DeadlineState state;
        if (due != null && day.isAfter(due)) {
            state = DeadlineState.OVERDUE;
            remaining = Math.min(remaining, -1);
        } else if (pauses.stream().anyMatch(pause -> pause.isPausedOn(day))) {
            state = DeadlineState.PAUSED;
        } else if (day.equals(due)) {
            state = DeadlineState.DUE_TODAY;
        } else if (remaining <= dueSoonThreshold) {
            state = DeadlineState.DUE_SOON;
        } else {
            state = DeadlineState.ON_TRACK;
        }
        return new DeadlineStatus(state, due, remaining, provisional);
    }
}
