package cn.xxgk.calendar.control;

/**
 * An extension the law does not allow: more than the deadline's cap in total (Art. 33: 20 working
 * days for a reply), or any extension of a deadline that has none.
 */
public class ExtensionRefusedException extends RuntimeException {

    private final DeadlineKind kind;
    private final int alreadyGranted;
    private final int requested;

    public ExtensionRefusedException(DeadlineKind kind, int alreadyGranted, int requested) {
        super("cannot extend " + kind + " by " + requested + " working days: " + alreadyGranted
                + " already granted, at most " + kind.extensionCap() + " in total");
        this.kind = kind;
        this.alreadyGranted = alreadyGranted;
        this.requested = requested;
    }

    public DeadlineKind kind() {
        return kind;
    }

    public int alreadyGranted() {
        return alreadyGranted;
    }

    public int requested() {
        return requested;
    }
}
