package cn.xxgk.request.entity;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The extension of a request's reply period (Art. 33(2)): "需要延长答复期限的，应当经政府信息公开工作
 * 机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日". The handler asks with a reason, the
 * office head decides; all extensions together stay within {@link DeadlineKind#REPLY}'s cap.
 *
 * <p>An extension prolongs a period that is still running: once the reply deadline has passed
 * there is nothing left to extend, so an extension is neither requested nor approved after the due
 * day (Art. 33 gives the 20 days "不能在规定期限内答复的" — before the period ends); the overdue
 * reply stays overdue and its escalation goes on. While a consultation pauses the clock there is no
 * due date (the pause's end is not known): the period has not run out, and an extension approved
 * then is added to it.
 */
@Embeddable
public class Extension {

    /** Art. 33(2): all extensions together add at most this many working days. */
    public static final int CAP = DeadlineKind.REPLY.extensionCap();

    @Column(name = "extension_granted_days", nullable = false)
    private int grantedDays;

    @Column(name = "extension_pending_days")
    private Integer pendingDays;

    @Column(name = "extension_reason")
    private String reason;

    @Column(name = "extension_requested_by", length = 100)
    private String requestedBy;

    @Column(name = "extension_requested_at")
    private LocalDateTime requestedAt;

    /**
     * The handler's request.
     *
     * @param replyDueOn the reply due date now, null while a consultation pauses the clock
     */
    void request(int workingDays, String why, LocalDate replyDueOn, String actor, LocalDateTime now) {
        refuse(refusalToAsk());
        if (workingDays < 1) {
            throw new InvalidInputException("request.invalid.extensionDays");
        }
        requireWithinCap(workingDays);
        requireNotOverdue(replyDueOn, now);
        reason = why;
        pendingDays = workingDays;
        requestedBy = actor;
        requestedAt = now;
    }

    /** The office head's decision; the working days granted, 0 when refused (a refusal is always possible). */
    int decide(boolean approve, LocalDate replyDueOn, LocalDateTime now) {
        refuse(refusalToDecide());
        int days = pendingDays;
        if (!approve) {
            pendingDays = null;
            return 0;
        }
        requireWithinCap(days);
        requireNotOverdue(replyDueOn, now);
        pendingDays = null;
        grantedDays += days;
        return days;
    }

    /** The request was answered or ended: a pending extension has nothing left to extend. */
    void dropPending() {
        pendingDays = null;
    }

    /** Whether more days can still be asked for (a form for it is worth showing). */
    /** Why no extension may be asked for now (one pending, or the cap reached), or null. */
    InvalidInputException refusalToAsk() {
        if (pendingDays != null) {
            return new InvalidInputException("request.invalid.extensionPending", pendingDays);
        }
        return grantedDays < CAP ? null : new InvalidInputException("request.invalid.extensionCap", grantedDays, 1, CAP);
    }

    /** Why no decision may be taken now (nothing pending), or null. */
    InvalidInputException refusalToDecide() {
        return pendingDays == null ? new InvalidInputException("request.invalid.noPendingExtension") : null;
    }

    private static void refuse(InvalidInputException refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }

    public boolean canAskMore() {
        return pendingDays == null && grantedDays < CAP;
    }

    private void requireWithinCap(int more) {
        if (grantedDays + more > CAP) {
            throw new InvalidInputException("request.invalid.extensionCap", grantedDays, more, CAP);
        }
    }

    /** Whether the reply period can still be extended on the day: not once its due day has passed. */
    public static boolean stillExtendable(LocalDate replyDueOn, LocalDate day) {
        return replyDueOn == null || !day.isAfter(replyDueOn);
    }

    private static void requireNotOverdue(LocalDate replyDueOn, LocalDateTime now) {
        if (!stillExtendable(replyDueOn, now.toLocalDate())) {
            throw new InvalidInputException("request.invalid.extensionAfterDue", replyDueOn);
        }
    }

    public int getGrantedDays() { return grantedDays; }
    public Integer getPendingDays() { return pendingDays; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
}
