package cn.xxgk.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The reply clock of a request as the request knows it (Art. 31): the day it starts (the day of
 * receipt at registration, moved at acceptance when the channel's dates give another), the day of
 * acceptance, and the deadlines the calendar keeps for it (the reply, and the correction window of
 * Art. 30). Set at registration, so never empty once stored.
 */
@Embeddable
public class ReplyClock {

    @Column(name = "clock_start_on")
    private LocalDate startOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    /** Art. 31(3): the day the office confirmed a request filed online (the applicant confirmed by filing it). */
    @Column(name = "receipt_confirmed_on")
    private LocalDate confirmedOn;

    @Column(name = "reply_deadline_id")
    private Long replyDeadlineId;

    @Column(name = "correction_deadline_id")
    private Long correctionDeadlineId;

    ReplyClock() {
    }

    /** Art. 31: from the day of receipt the channel's rule names, until acceptance corrects it. */
    static ReplyClock from(LocalDate receivedOn) {
        ReplyClock c = new ReplyClock();
        c.startOn = Objects.requireNonNull(receivedOn);
        return c;
    }

    /** A part of a split request runs from the whole's start, with deadlines of its own. */
    ReplyClock forPart() {
        ReplyClock c = new ReplyClock();
        c.startOn = startOn;
        c.acceptedOn = acceptedOn;
        c.confirmedOn = confirmedOn;
        return c;
    }

    /** Acceptance on a day, with the start it gives. */
    void accept(LocalDate start, LocalDate today) {
        startOn = Objects.requireNonNull(start);
        acceptedOn = Objects.requireNonNull(today);
    }

    /**
     * The office confirms a request filed online (Art. 31(3) "以双方确认之日为收到申请之日"): the
     * applicant confirmed by filing it, so the later of the two days, the office's, starts the clock.
     */
    void confirmReceipt(LocalDate today) {
        confirmedOn = Objects.requireNonNull(today);
        startOn = startOn == null || startOn.isBefore(today) ? today : startOn;
    }

    void attachReplyDeadline(Long deadlineId) {
        replyDeadlineId = deadlineId;
    }

    void attachCorrectionDeadline(Long deadlineId) {
        correctionDeadlineId = deadlineId;
    }

    public LocalDate getStartOn() { return startOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getConfirmedOn() { return confirmedOn; }
    public Long getReplyDeadlineId() { return replyDeadlineId; }
    public Long getCorrectionDeadlineId() { return correctionDeadlineId; }
}
