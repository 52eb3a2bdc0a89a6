package cn.xxgk.request.entity;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The correction of an unclear request (补正, Art. 30): "申请内容不明确的，行政机关应当给予指导和释明，
 * 并自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自行政机关
 * 收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请". The one place of these rules:
 * the notice goes out once, within {@link DeadlineKind#CORRECTION_NOTICE} of receipt counted to the
 * real day it is issued (not a typed earlier day), with a period ending after that day; the reply
 * period starts again, in full ({@link DeadlineKind#REPLY}), from the day the corrected request is
 * received ({@link #replyPeriodRestartsOn()}); abandonment only after the period set.
 */
@Embeddable
public class Correction {

    @Column(name = "correction_notice_on")
    private LocalDate noticeOn;

    @Column(name = "correction_due_on")
    private LocalDate dueOn;

    @Column(name = "correction_notice_text")
    private String noticeText;

    @Column(name = "correction_received_on")
    private LocalDate receivedOn;

    protected Correction() {
    }

    static Correction none() {
        return new Correction();
    }

    /** The last day the notice may be issued: 7 working days after receipt (the day of receipt not counted). */
    public static LocalDate lastNoticeDay(LocalDate receipt, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(receipt, DeadlineKind.CORRECTION_NOTICE.workingDays());
    }

    /** The working days the office has to issue the notice (7), for the messages that state it. */
    public static int noticeWorkingDays() {
        return DeadlineKind.CORRECTION_NOTICE.workingDays();
    }

    /** The working days of the new reply period after a correction (a full period, Art. 30). */
    public static int restartedReplyWorkingDays() {
        return DeadlineKind.REPLY.workingDays();
    }

    /**
     * The notice: once, issued ({@code issuedOn}, today) no later than {@code lastDay}, with a period
     * ending after the day it is issued. {@code sentOn} is the day the office states it went out,
     * checked by the request against the previous step.
     */
    void notice(LocalDate sentOn, LocalDate correctBy, String text, LocalDate issuedOn, LocalDate lastDay) {
        if (noticeOn != null) {
            throw new InvalidInputException("request.invalid.correctionOnce", noticeOn);
        }
        if (lastDay != null && issuedOn.isAfter(lastDay)) {
            throw new InvalidInputException("request.invalid.correctionTooLate", noticeWorkingDays(), lastDay);
        }
        if (correctBy == null || !correctBy.isAfter(issuedOn)) {
            throw new InvalidInputException("request.invalid.correctionDueOn");
        }
        noticeText = text;
        noticeOn = sentOn;
        dueOn = correctBy;
    }

    /** The corrected request arrived on the day. */
    void receive(LocalDate day) {
        receivedOn = day;
    }

    /** Whether the period set in the notice has passed on the day, so the request may be treated as abandoned. */
    public boolean overdueOn(LocalDate today) {
        return dueOn != null && receivedOn == null && today.isAfter(dueOn);
    }

    /** The notice went out and the corrected request came back. */
    public boolean answered() {
        return noticeOn != null && receivedOn != null;
    }

    public boolean isNoticed() {
        return noticeOn != null;
    }

    /**
     * The day from which a full new reply period runs (Art. 30: 答复期限自行政机关收到补正的申请之日起计算),
     * or null before the corrected request arrived. The boundary restarts the deadline from it.
     */
    public LocalDate replyPeriodRestartsOn() {
        return receivedOn;
    }

    public LocalDate getNoticeOn() { return noticeOn; }
    public LocalDate getDueOn() { return dueOn; }
    public String getNoticeText() { return noticeText; }
    public LocalDate getReceivedOn() { return receivedOn; }
}
