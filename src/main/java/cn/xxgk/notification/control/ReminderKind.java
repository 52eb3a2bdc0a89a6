package cn.xxgk.notification.control;

/**
 * The reminders of a deadline. BEFORE_n is given once, on the first day with n or fewer working
 * days left (so a node that was down on that very day still gives it); DUE_TODAY once on the due
 * day; OVERDUE every working day after it, to the responsible person and, as an escalation, to
 * the office head and the leader in charge.
 */
public record ReminderKind(String code, int threshold) {

    public static final ReminderKind DUE_TODAY = new ReminderKind("DUE_TODAY", 0);
    public static final ReminderKind OVERDUE = new ReminderKind("OVERDUE", -1);

    public static ReminderKind before(int workingDays) {
        return new ReminderKind("BEFORE_" + workingDays, workingDays);
    }

    public boolean isEscalation() {
        return this.equals(OVERDUE);
    }

    /** Given once per deadline and recipient (not once per day). */
    public boolean isOnce() {
        return !isEscalation();
    }
}
