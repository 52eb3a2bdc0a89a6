package cn.xxgk.request.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A consultation of a third party (Art. 32) or of another agency (Arts. 33-34): sent on a day,
 * received by the consulted party on a day (the day sent when served in person, the signed-for day
 * by post), answered (or silent) on another; the reply clock does not run from the sending day to
 * the answer. The consulted party's 15 working days run from the day it received the letter: until
 * that day is known its silence cannot be taken as an answer. A third party's refusal
 * can be overridden in the public interest, with a written notice to the third party. Changed only
 * through its {@link DisclosureRequest}.
 */
@Entity
@Table(name = "request_consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private DisclosureRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ConsultationKind kind;

    @Column(nullable = false, updatable = false, length = 200)
    private String party;

    @Column(nullable = false, updatable = false)
    private String matter;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_delivery", nullable = false, updatable = false, length = 16)
    private LetterDelivery letterDelivery;

    @Column(name = "letter_received_on")
    private LocalDate letterReceivedOn;

    @Column(name = "answer_deadline_id")
    private Long answerDeadlineId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ConsultationAnswer answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "override_notice_text")
    private String overrideNoticeText;

    @Column(name = "override_notice_on")
    private LocalDate overrideNoticeOn;

    @Column(name = "override_letter_id")
    private Long overrideLetterId;

    @Column(name = "override_by", length = 100)
    private String overrideBy;

    @Version
    private long version;

    protected Consultation() {
    }

    Consultation(DisclosureRequest request, ConsultationKind kind, String party, String matter, LocalDate sentOn,
                 LetterDelivery delivery) {
        this.request = Objects.requireNonNull(request);
        this.kind = Objects.requireNonNull(kind);
        this.party = Objects.requireNonNull(party);
        this.matter = Objects.requireNonNull(matter);
        this.sentOn = Objects.requireNonNull(sentOn);
        this.letterDelivery = Objects.requireNonNull(delivery);
        this.letterReceivedOn = delivery.receivedOnSending(sentOn);
    }

    /** The posted letter was signed for on that day: the consulted party's period runs from it. */
    void letterReceived(LocalDate day) {
        if (letterReceivedOn != null) {
            throw new IllegalStateException("consultation " + id + " letter already received on " + letterReceivedOn);
        }
        this.letterReceivedOn = Objects.requireNonNull(day);
    }

    /** A posted letter whose signed-for day is not recorded yet: the answer deadline waits for it. */
    public boolean isAwaitingDelivery() {
        return isOpen() && letterReceivedOn == null;
    }

    public void attachAnswerDeadline(Long deadlineId) {
        this.answerDeadlineId = deadlineId;
    }

    /**
     * The day the answer counts from: the day it arrived (not before the letter was received); for
     * silence, allowed only once the party's own period ({@code answerDueOn}, Arts. 32, 34: counted
     * from its receipt of the letter) has passed, the last day of that period.
     */
    LocalDate answerDay(ConsultationAnswer given, LocalDate receivedDay, LocalDate answerDueOn, LocalDateTime now) {
        if (given != ConsultationAnswer.SILENCE) {
            LocalDate day = receivedDay == null ? now.toLocalDate() : receivedDay;
            StepInput.requireEventDay(day, letterReceivedOn == null ? sentOn : letterReceivedOn, now);
            return day;
        }
        if (isAwaitingDelivery() || answerDueOn == null) {
            throw new InvalidInputException("request.invalid.silenceBeforeDelivery");
        }
        if (!now.toLocalDate().isAfter(answerDueOn)) {
            throw new InvalidInputException("request.invalid.silenceTooEarly", answerDueOn);
        }
        return answerDueOn;
    }

    void answer(ConsultationAnswer given, LocalDate on, String text) {
        this.answer = given;
        this.answeredOn = on;
        this.answerText = text;
    }

    void override(String reason, String noticeText, LocalDate noticeOn, String actor) {
        this.overrideReason = reason;
        this.overrideNoticeText = noticeText;
        this.overrideNoticeOn = noticeOn;
        this.overrideBy = actor;
    }

    /** The written notice to the third party, issued by the boundary right after the override. */
    public void attachOverrideLetter(Long letterId) {
        if (overrideReason == null) {
            throw new IllegalStateException("consultation " + id + " was not overridden");
        }
        this.overrideLetterId = java.util.Objects.requireNonNull(letterId);
    }

    public boolean isOpen() {
        return answer == null;
    }

    /** The third party refused and the refusal stands (no public-interest override recorded). */
    public boolean isStandingRefusal() {
        return kind == ConsultationKind.THIRD_PARTY && answer == ConsultationAnswer.REFUSAL && overrideReason == null;
    }

    public Long getId() { return id; }
    public ConsultationKind getKind() { return kind; }
    public String getParty() { return party; }
    public String getMatter() { return matter; }
    public LocalDate getSentOn() { return sentOn; }
    public LetterDelivery getLetterDelivery() { return letterDelivery; }
    public LocalDate getLetterReceivedOn() { return letterReceivedOn; }
    public Long getAnswerDeadlineId() { return answerDeadlineId; }
    public ConsultationAnswer getAnswer() { return answer; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public String getAnswerText() { return answerText; }
    public String getOverrideReason() { return overrideReason; }
    public String getOverrideNoticeText() { return overrideNoticeText; }
    public LocalDate getOverrideNoticeOn() { return overrideNoticeOn; }
    public Long getOverrideLetterId() { return overrideLetterId; }
    public String getOverrideBy() { return overrideBy; }
    public long getVersion() { return version; }
}
