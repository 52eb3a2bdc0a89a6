package cn.xxgk.request.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a request ended for the applicant: the outcome and sub-row of the annual report, the reply's
 * text, how to obtain what is given, the day of the reply, its letter and its delivery. The outcome
 * must fit its reason ({@link ReplyReason#fits}) and the request's history ({@link ReplyGrounds},
 * asked by the request); the competent agency of an Art. 36(5) reply is named with its contact.
 */
@Embeddable
public class Reply {

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private ReplyOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_reason", length = 48)
    private ReplyReason outcomeReason;

    @Column(name = "reply_text")
    private String replyText;

    @Column(name = "how_to_obtain")
    private String howToObtain;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "reply_letter_id")
    private Long replyLetterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivered_by", length = 16)
    private DeliveryMethod deliveredBy;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "delivery_reference", length = 200)
    private String deliveryReference;

    /** Art. 39: why the office set the request aside as a petition, complaint or report. */
    @Column(name = "not_request_note")
    private String notRequestNote;

    protected Reply() {
    }

    static Reply none() {
        return new Reply();
    }

    /**
     * Refuses an outcome and reason that do not fit each other or that the history does not allow;
     * a full disclosure has no reason, every other outcome one.
     */
    static void requireAllowed(ReplyOutcome result, ReplyReason reason, ReplyGrounds grounds) {
        if (result == null) {
            throw new InvalidInputException("request.invalid.outcomeRequired");
        }
        if (result == ReplyOutcome.DISCLOSED) {
            if (reason != null) {
                throw new InvalidInputException("request.invalid.reasonNotFitting", reason.name(), result.name());
            }
        } else if (reason == null) {
            throw new InvalidInputException("request.invalid.reasonRequired");
        } else if (!reason.fits(result)) {
            throw new InvalidInputException("request.invalid.reasonNotFitting", reason.name(), result.name());
        }
        grounds.refusal(result).ifPresent(key -> {
            throw new InvalidInputException(key);
        });
        if (reason != null) {
            grounds.refusal(reason).ifPresent(key -> {
                throw new InvalidInputException(key);
            });
        }
    }

    /**
     * Whether the reply names the agency responsible for the information (Art. 36(5): "能够确定负责公开
     * 该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式"): only for 本机关不掌握, and then with
     * both its name and its contact. Neither given: not an Art. 36(5) reply.
     */
    public static boolean namesCompetentAgency(ReplyReason reason, String agency, String contact) {
        boolean name = agency != null && !agency.isBlank();
        boolean reach = contact != null && !contact.isBlank();
        if (!name && !reach) {
            return false;
        }
        if (reason != ReplyReason.NOT_HELD) {
            throw new InvalidInputException("request.invalid.competentAgencyNotFitting");
        }
        if (!name) {
            throw new InvalidInputException("request.invalid.competentAgencyRequired");
        }
        if (!reach) {
            throw new InvalidInputException("request.invalid.competentAgencyContactRequired");
        }
        return true;
    }

    void state(ReplyOutcome result, ReplyReason reason, String text, String obtain, LocalDate day) {
        outcome = Objects.requireNonNull(result);
        outcomeReason = reason;
        replyText = text;
        howToObtain = obtain;
        repliedOn = day;
    }

    /** An end without a reply of the procedure's own (abandonment, Art. 39): its row of the annual report. */
    void classify(ReplyOutcome result, ReplyReason reason) {
        outcome = Objects.requireNonNull(result);
        outcomeReason = Objects.requireNonNull(reason);
    }

    /** A petition, complaint or report in the form of a request (Art. 39): 不予处理/信访举报投诉类申请. */
    void setAsidePetition(String note) {
        classify(ReplyOutcome.NOT_PROCESSED, ReplyReason.PETITION_COMPLAINT);
        notRequestNote = Objects.requireNonNull(note);
    }

    void deliver(DeliveryMethod method, LocalDate day, String reference) {
        deliveredBy = method;
        deliveredOn = day;
        deliveryReference = reference;
    }

    void attachLetter(Long letterId) {
        replyLetterId = Objects.requireNonNull(letterId);
    }

    /** The request was answered on its matter (a reply, not an abandonment or a petition set aside). */
    public boolean isAnswered() {
        return repliedOn != null;
    }

    public ReplyOutcome getOutcome() { return outcome; }
    public ReplyReason getOutcomeReason() { return outcomeReason; }
    public String getReplyText() { return replyText; }
    public String getHowToObtain() { return howToObtain; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public Long getReplyLetterId() { return replyLetterId; }
    public DeliveryMethod getDeliveredBy() { return deliveredBy; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public String getDeliveryReference() { return deliveryReference; }
    public String getNotRequestNote() { return notRequestNote; }
}
