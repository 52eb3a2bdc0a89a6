package cn.xxgk.request.entity;

import static cn.xxgk.request.entity.RequestState.ABANDONED;
import static cn.xxgk.request.entity.RequestState.ACCEPTED;
import static cn.xxgk.request.entity.RequestState.AGENCY_CONSULTATION;
import static cn.xxgk.request.entity.RequestState.AWAITING_CORRECTION;
import static cn.xxgk.request.entity.RequestState.CLOSED;
import static cn.xxgk.request.entity.RequestState.NOT_A_REQUEST;
import static cn.xxgk.request.entity.RequestState.RECEIVED;
import static cn.xxgk.request.entity.RequestState.REPLIED;
import static cn.xxgk.request.entity.RequestState.SPLIT;
import static cn.xxgk.request.entity.RequestState.THIRD_PARTY_CONSULTATION;

import static cn.xxgk.request.entity.StepInput.requireEventDay;
import static cn.xxgk.request.entity.StepInput.requireText;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A request for government information (政府信息公开申请), one matter each, and the procedure of
 * the Regulations as a state machine. Each step is a method that checks the state and the step's
 * own conditions, changes the request and appends a {@link TimelineEntry}; a step the state does
 * not allow throws {@link IllegalRequestStepException} and changes nothing. Who may take a step,
 * and the deadline engine, are the boundary's business: it tells the clock what happened and
 * stamps the new due date on the step ({@link #stampReplyDue}).
 *
 * <pre>
 * RECEIVED --accept (clock start by channel, Art. 31)--> ACCEPTED --reply--> REPLIED --delivery--> CLOSED
 *    |  \--split--> SPLIT (parts carry on)          |  ^  ^
 *    |                                              |  |  +-- answer <-- THIRD_PARTY_CONSULTATION / AGENCY_CONSULTATION (paused)
 *    +--not a request (Art. 39)--> NOT_A_REQUEST    |  +----- correction received (restart) <-- AWAITING_CORRECTION
 *                                                   +--correction notice (within 7 working days, once)--^    |
 *                                                                      abandon after the period set --> ABANDONED
 * extension (requested, approved by the office head, within REPLY's cap; {@link Extension}) before the due day
 * asking for reasons (Art. 35) while ACCEPTED, before a reply that sets excessive requests aside
 * the reply clock runs from receipt (Art. 31): RECEIVED already counts; acceptance may move its start
 * </pre>
 *
 * The correction ({@link Correction}) and the reply ({@link Reply}) are embedded parts that own their
 * rules; what a reply may state follows from the history ({@link #replyGrounds()}), and a day typed
 * for a step is neither after today nor before the latest step ({@link #lastStepDay()}), the
 * timeline keeping the stated day beside the day recorded.
 */
@Entity
@Table(name = "disclosure_request")
@NamedQuery(name = DisclosureRequest.BY_TOKEN, query = "SELECT r FROM DisclosureRequest r WHERE r.intakeToken = :token")
@NamedQuery(name = DisclosureRequest.BY_NUMBER, query = "SELECT r FROM DisclosureRequest r WHERE r.number = :number")
@NamedQuery(name = DisclosureRequest.PARTS, query = "SELECT r FROM DisclosureRequest r WHERE r.parentId = :parent ORDER BY r.partNo")
public class DisclosureRequest {

    public static final String BY_TOKEN = "DisclosureRequest.byToken";
    public static final String BY_NUMBER = "DisclosureRequest.byNumber";
    public static final String PARTS = "DisclosureRequest.parts";

    /** Art. 33: all extensions together add at most {@link DeadlineKind#REPLY}'s cap. */
    public static final int EXTENSION_CAP = Extension.CAP;


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_number", nullable = false, updatable = false, length = 24)
    private String number;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(name = "part_no", updatable = false)
    private Integer partNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Channel channel;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Embedded
    private Applicant applicant;

    @Column(nullable = false)
    private String description;

    @Column(name = "matter_hash", nullable = false)
    private byte[] matterHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_wanted", nullable = false, updatable = false, length = 16)
    private FormWanted formWanted;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_wanted", nullable = false, updatable = false, length = 16)
    private DeliveryMethod deliveryWanted;

    @Embedded
    private Handover handover;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestState state;

    @Column(nullable = false, length = 100)
    private String handler;

    /** Set at registration: the start of the reply clock, the acceptance day, the deadlines' ids. */
    @Embedded
    private ReplyClock clock;

    /** Art. 30; null (all its columns empty) until a notice goes out: read through {@link #correction()}. */
    @Embedded
    private Correction correction;

    @Embedded
    private Extension extension = new Extension();

    /** Null (all its columns empty) until the request ends: read through {@link #reply()}. */
    @Embedded
    private Reply reply;

    /** Art. 35: the day the office asked the applicant for the reasons of the requests, and what it asked. */
    @Column(name = "reasons_asked_on")
    private LocalDate reasonsAskedOn;

    @Column(name = "reasons_asked_text")
    private String reasonsAskedText;

    @Column(name = "not_request_note")
    private String notRequestNote;

    @Column(name = "repeat_of_id")
    private Long repeatOfId;

    /** The earlier request {@link #repeatOfId} names, to know whether it was answered (a repeat's reply). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeat_of_id", insertable = false, updatable = false)
    private DisclosureRequest repeatOf;

    @Column(name = "report_result")
    private String reportResult;

    @Column(name = "reported_back_on")
    private LocalDate reportedBackOn;

    @Column(name = "reported_back_by", length = 100)
    private String reportedBackBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_report_letter", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "letter_id")
    private Set<Long> reportLetterIds = new LinkedHashSet<>();

    @Column(name = "intake_token", updatable = false, length = 64)
    private String intakeToken;

    @Column(name = "query_code_hash", updatable = false)
    private byte[] queryCodeHash;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<Consultation> consultations = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Version
    private long version;

    protected DisclosureRequest() {
    }

    // ---- intake --------------------------------------------------------------------------

    /**
     * A request as the office registers it. The form must have passed {@link RequestForm#firstFlaw};
     * the identity number comes encrypted, the matter key and query-code hash computed.
     */
    public static DisclosureRequest register(String number, RequestForm form, ProtectedIdNumber id, byte[] matterHash,
                                             String intakeToken, byte[] queryCodeHash, String handler, String actor,
                                             LocalDateTime now) {
        DisclosureRequest r = new DisclosureRequest();
        r.number = Objects.requireNonNull(number);
        r.channel = form.channel();
        r.receivedOn = form.channel() == Channel.FORWARDED ? form.handoverOn() : form.receivedOn();
        r.applicant = Applicant.of(form, id);
        r.description = form.description().strip();
        r.matterHash = matterHash.clone();
        r.formWanted = form.formWanted();
        r.deliveryWanted = form.deliveryWanted();
        r.handover = Handover.of(form);
        r.intakeToken = intakeToken;
        r.queryCodeHash = queryCodeHash == null ? null : queryCodeHash.clone();
        r.handler = Objects.requireNonNull(handler);
        r.state = RECEIVED;
        // Art. 31: the office registers on the day of receipt the channel's rule names; acceptance may correct it
        r.clock = ReplyClock.from(r.receivedOn);
        r.createdBy = Objects.requireNonNull(actor);
        r.createdAt = Objects.requireNonNull(now);
        r.record(RequestStep.REGISTERED, null, actor, r.channel.name() + " " + r.receivedOn, now);
        return r;
    }

    /** Intake found an earlier request of the same applicant on the same matter. */
    public void detectedRepeatOf(DisclosureRequest earlier, String actor, LocalDateTime now) {
        repeatOfId = earlier.getId();
        repeatOf = earlier;
        record(RequestStep.REPEAT_DETECTED, state, actor, earlier.getNumber(), now);
    }

    /** The office links the request to an earlier one of the same applicant (its judgement of "same matter"). */
    public void flagRepeatOf(DisclosureRequest earlier, String actor, LocalDateTime now) {
        require(ProcedureStep.REPEAT, RequestStep.REPEAT_FLAGGED, now);
        if (earlier == this || earlier.getId() == null || id == null || earlier.getId() >= id) {
            throw new InvalidInputException("request.invalid.repeatNotEarlier");
        }
        if (!sameApplicantAs(earlier)) {
            throw new InvalidInputException("request.invalid.repeatOtherApplicant", earlier.getNumber());
        }
        repeatOfId = earlier.getId();
        repeatOf = earlier;
        record(RequestStep.REPEAT_FLAGGED, state, actor, earlier.getNumber(), now);
    }

    public boolean sameApplicantAs(DisclosureRequest other) {
        return applicant.sameAs(other.applicant);
    }

    /** Another member of the office becomes the handler, responsible for the deadlines. */
    public void assignTo(String newHandler, String actor, LocalDateTime now) {
        require(ProcedureStep.ASSIGN, RequestStep.ASSIGNED, now);
        handler = Objects.requireNonNull(newHandler);
        record(RequestStep.ASSIGNED, state, actor, newHandler, now);
    }

    // ---- acceptance and split ------------------------------------------------------------

    /**
     * The office accepts. The reply clock has run since registration from the day of receipt
     * (Art. 31; the receipt letter promised the reply by that clock); acceptance does not start it.
     * When the confirmation dates entered now give another start day for the channel (computed by
     * the boundary with calendar.control.ClockStart), the start moves to it and the timeline says
     * from which day to which; the boundary then restarts the deadline from the right day. Returns
     * whether the start moved.
     */
    public boolean accept(LocalDate clockStart, String actor, LocalDateTime now) {
        require(ProcedureStep.ACCEPT, RequestStep.ACCEPTED, now);
        Objects.requireNonNull(clockStart);
        if (clockStart.isBefore(receivedOn) || clockStart.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("request.invalid.clockStartRange", receivedOn, now.toLocalDate());
        }
        LocalDate before = clockStart();
        boolean moved = !clockStart.equals(before);
        clockToChange().accept(clockStart, now.toLocalDate());
        move(ACCEPTED, RequestStep.ACCEPTED, actor, moved ? "clock start moved from " + before + " to " + clockStart
                : "clock start " + clockStart, now);
        return moved;
    }

    /**
     * Splits a request of several matters into parts of one matter each (seed 一(五)3); each part
     * gets the number {@code number-n} and, when the request was accepted, a clock of its own from
     * the same start. Before any correction or consultation only: what happened to the whole would
     * not belong to one part.
     */
    public List<DisclosureRequest> split(List<String> matters, List<byte[]> matterHashes, List<ProtectedIdNumber> ids,
                                         String actor, LocalDateTime now) {
        require(ProcedureStep.SPLIT, RequestStep.SPLIT, now);
        if (matters == null || matters.size() < 2) {
            throw new InvalidInputException("request.invalid.splitTwoParts");
        }
        List<DisclosureRequest> parts = new ArrayList<>();
        for (int i = 0; i < matters.size(); i++) {
            String matter = matters.get(i);
            if (RequestForm.blank(matter)) {
                throw new InvalidInputException("request.invalid.descriptionRequired");
            }
            if (matter.strip().length() > RequestForm.MAX_DESCRIPTION) {
                throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_DESCRIPTION);
            }
            parts.add(part(i + 1, matter.strip(), matterHashes.get(i), ids.get(i), actor, now));
        }
        move(SPLIT, RequestStep.SPLIT, actor, parts.stream().map(DisclosureRequest::getNumber).toList().toString(), now);
        return parts;
    }

    private DisclosureRequest part(int no, String matter, byte[] hash, ProtectedIdNumber id, String actor,
                                   LocalDateTime now) {
        DisclosureRequest p = new DisclosureRequest();
        p.number = number + "-" + no;
        p.parentId = Objects.requireNonNull(this.id, "the request must be stored before it is split");
        p.partNo = no;
        p.channel = channel;
        p.receivedOn = receivedOn;
        p.applicant = applicant.forPart(id);
        p.description = matter;
        p.matterHash = hash.clone();
        p.formWanted = formWanted;
        p.deliveryWanted = deliveryWanted;
        p.handover = getHandover().copy();
        p.handler = handler;
        p.state = state;
        p.clock = clock().forPart();
        p.createdBy = actor;
        p.createdAt = now;
        p.record(RequestStep.SPLIT_OFF, null, actor, "part " + no + " of " + number, now);
        return p;
    }

    // ---- correction (Art. 30): the rules are the Correction part's ---------------------

    /**
     * The one correction notice, issued today no later than {@code lastDay} ({@link Correction#lastNoticeDay}),
     * with the period the applicant has to correct. {@code sentOn} is the day the office states it
     * went out: not after today, not before the previous step; the timeline keeps it beside the
     * day it was recorded.
     */
    public void sendCorrectionNotice(LocalDate sentOn, LocalDate dueOn, String text, LocalDate lastDay, String actor,
                                     LocalDateTime now) {
        require(ProcedureStep.CORRECTION_NOTICE, RequestStep.CORRECTION_NOTICE_SENT, now);
        requireEventDay(sentOn, lastStepDay(), now);
        String notice = requireText(text, "request.invalid.correctionTextRequired");
        Correction c = correction();
        c.notice(sentOn, dueOn, notice, now.toLocalDate(), lastDay);
        correction = c;
        move(AWAITING_CORRECTION, RequestStep.CORRECTION_NOTICE_SENT, actor,
                "sent " + sentOn + ", correct by " + dueOn + ": " + notice, now, sentOn);
    }

    /** The corrected request arrived: a full new reply period runs from that day ({@link Correction#replyPeriodRestartsOn}). */
    public void receiveCorrection(LocalDate receivedDay, String correctedDescription, byte[] correctedMatterHash,
                                  String actor, LocalDateTime now) {
        require(ProcedureStep.CORRECTION_RECEIVED, RequestStep.CORRECTION_RECEIVED, now);
        requireEventDay(receivedDay, lastStepDay(), now);
        if (!RequestForm.blank(correctedDescription)) {
            if (correctedDescription.strip().length() > RequestForm.MAX_DESCRIPTION) {
                throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_DESCRIPTION);
            }
            description = correctedDescription.strip();
            matterHash = correctedMatterHash.clone();
        }
        correction.receive(receivedDay);
        move(ACCEPTED, RequestStep.CORRECTION_RECEIVED, actor,
                "received " + receivedDay + (RequestForm.blank(correctedDescription) ? "" : ": " + description), now,
                receivedDay);
    }

    /**
     * No correction within the period set in the notice: the request is treated as abandoned, the
     * only way to the annual report's 逾期不补正 ({@link ReplyGrounds}).
     */
    public void abandon(String actor, LocalDateTime now) {
        require(ProcedureStep.ABANDON, RequestStep.ABANDONED, now);
        replyToChange().classify(ReplyOutcome.OTHER, ReplyReason.CORRECTION_OVERDUE);
        extension.dropPending();
        move(ABANDONED, RequestStep.ABANDONED, actor, "correction due " + correction().getDueOn(), now);
    }

    // ---- asking for reasons (Art. 35) ----------------------------------------------------

    /**
     * Requests clearly beyond a reasonable number or frequency: the office asks the applicant for the
     * reasons (Art. 35: "行政机关可以要求申请人说明理由"), once; only then may a reply set them aside as
     * 无正当理由大量反复申请.
     */
    public void askForReasons(String text, LocalDate askedDay, String actor, LocalDateTime now) {
        require(ProcedureStep.ASK_REASONS, RequestStep.REASONS_ASKED, now);
        String what = requireText(text, "request.invalid.reasonsTextRequired");
        LocalDate day = askedDay == null ? now.toLocalDate() : askedDay;
        requireEventDay(day, lastStepDay(), now);
        reasonsAskedOn = day;
        reasonsAskedText = what;
        record(RequestStep.REASONS_ASKED, state, actor, "asked " + day + ": " + what, now, day);
    }

    // ---- consultations (Arts. 32-34) -----------------------------------------------------

    /** Consults by a letter served in person (received the day it is sent). */
    public Consultation consult(ConsultationKind kind, String party, String matter, LocalDate sentOn, String actor,
                                LocalDateTime now) {
        return consult(kind, party, matter, sentOn, LetterDelivery.IN_PERSON, actor, now);
    }

    /**
     * Consults a third party or another agency; the reply clock is paused from the day sent (the
     * time of the consultation is not counted, Arts. 32, 34). The consulted party's own period runs
     * from the day it receives the letter: the sending day when served in person, by post the day
     * signed for ({@link #consultationLetterReceived}).
     */
    public Consultation consult(ConsultationKind kind, String party, String matter, LocalDate sentOn,
                                LetterDelivery delivery, String actor, LocalDateTime now) {
        RequestStep step = kind == ConsultationKind.THIRD_PARTY ? RequestStep.THIRD_PARTY_CONSULTED
                : RequestStep.AGENCY_CONSULTED;
        require(ProcedureStep.CONSULT, step, now);
        String who = requireText(party, "request.invalid.partyRequired");
        if (who.length() > RequestForm.MAX_NAME) {
            throw new InvalidInputException("request.invalid.textTooLong", RequestForm.MAX_NAME);
        }
        String what = requireText(matter, "request.invalid.matterRequired");
        requireEventDay(sentOn, clockRunningSince(), now);
        if (delivery == null) {
            throw new InvalidInputException("request.invalid.letterDeliveryRequired");
        }
        Consultation consultation = new Consultation(this, kind, who, what, sentOn, delivery);
        consultations.add(consultation);
        move(kind == ConsultationKind.THIRD_PARTY ? THIRD_PARTY_CONSULTATION : AGENCY_CONSULTATION, step, actor,
                who + ", sent " + sentOn + ": " + what, now);
        return consultation;
    }

    /** The posted consultation letter was signed for on that day: the consulted party's period starts. */
    public Consultation consultationLetterReceived(LocalDate day, String actor, LocalDateTime now) {
        RequestStep step = RequestStep.CONSULTATION_LETTER_RECEIVED;
        require(ProcedureStep.LETTER_RECEIVED, step, now);
        Consultation open = openConsultation().orElseThrow();
        requireEventDay(day, open.getSentOn(), now);
        open.letterReceived(day);
        record(step, state, actor, open.getParty() + ": " + day, now);
        return open;
    }

    /**
     * The consulted party's answer; silence only once its own period ({@code answerDueOn}) has passed,
     * and then the pause ends on that last day. The clock runs again after the returned day.
     */
    public LocalDate recordAnswer(ConsultationKind kind, ConsultationAnswer answer, LocalDate receivedDay, String text,
                                  LocalDate answerDueOn, String actor, LocalDateTime now) {
        RequestStep step = kind == ConsultationKind.THIRD_PARTY ? RequestStep.THIRD_PARTY_ANSWERED
                : RequestStep.AGENCY_ANSWERED;
        require(ProcedureStep.ANSWER, step, now);
        require(state == (kind == ConsultationKind.THIRD_PARTY ? THIRD_PARTY_CONSULTATION : AGENCY_CONSULTATION), step);
        if (answer == null) {
            throw new InvalidInputException("request.invalid.answerRequired");
        }
        Consultation open = openConsultation().orElseThrow();
        LocalDate day = open.answerDay(answer, receivedDay, answerDueOn, now);
        String answerText = RequestForm.blank(text) ? null : requireText(text, "request.invalid.answerRequired");
        open.answer(answer, day, answerText);
        move(ACCEPTED, step, actor, open.getParty() + ": " + answer + " " + day
                + (answerText == null ? "" : " " + answerText), now);
        return day;
    }

    /**
     * Disclosure despite the third party's refusal, because withholding would seriously harm the
     * public interest (Art. 32): the reason and the written notice to the third party are recorded.
     */
    public Consultation overrideInPublicInterest(String reason, String noticeText, LocalDate noticeOn, String actor,
                                                 LocalDateTime now) {
        require(ProcedureStep.OVERRIDE, RequestStep.PUBLIC_INTEREST_OVERRIDE, now);
        Consultation refused = standingRefusal().orElseThrow();
        String why = requireText(reason, "request.invalid.overrideReasonRequired");
        String notice = requireText(noticeText, "request.invalid.overrideNoticeRequired");
        LocalDate day = noticeOn == null ? now.toLocalDate() : noticeOn;
        requireEventDay(day, refused.getAnsweredOn(), now);
        refused.override(why, notice, day, actor);
        record(RequestStep.PUBLIC_INTEREST_OVERRIDE, state, actor, refused.getParty() + ": " + why, now);
        return refused;
    }

    // ---- extension (Art. 33) -------------------------------------------------------------

    /**
     * The handler asks the office head for more time (the rules: {@link Extension}).
     *
     * @param replyDueOn the reply due date now; null while a consultation pauses the clock
     */
    public void requestExtension(int workingDays, String reason, LocalDate replyDueOn, String actor, LocalDateTime now) {
        require(ProcedureStep.EXTENSION_REQUEST, RequestStep.EXTENSION_REQUESTED, now);
        String why = requireText(reason, "request.invalid.extensionReasonRequired");
        extension.request(workingDays, why, replyDueOn, actor, now);
        record(RequestStep.EXTENSION_REQUESTED, state, actor, workingDays + ": " + why, now);
    }

    /** The office head decides; returns the working days granted (0 when refused). */
    public int decideExtension(boolean approve, String comment, LocalDate replyDueOn, String actor, LocalDateTime now) {
        require(ProcedureStep.EXTENSION_DECISION, approve ? RequestStep.EXTENSION_APPROVED : RequestStep.EXTENSION_REFUSED, now);
        String note = RequestForm.blank(comment) ? null : comment.strip();
        int days = extension.decide(approve, replyDueOn, now);
        if (!approve) {
            record(RequestStep.EXTENSION_REFUSED, state, actor, note, now);
            return 0;
        }
        record(RequestStep.EXTENSION_APPROVED, state, actor, days + (note == null ? "" : ": " + note), now);
        return days;
    }

    // ---- reply and delivery: the rules are the Reply part's and ReplyGrounds' -----------

    /**
     * The reply: an outcome of the annual report with its reason where the report has one, both
     * allowed by the request's history ({@link #replyGrounds()}), the text, how to obtain the
     * information when some is given; on the day stated (not after today, not before the previous step).
     */
    public void reply(ReplyOutcome result, ReplyReason reason, String text, String obtain, LocalDate repliedDay,
                      String actor, LocalDateTime now) {
        require(ProcedureStep.REPLY, RequestStep.REPLIED, now);
        Reply.requireAllowed(result, reason, replyGrounds());
        String body = requireText(text, "request.invalid.replyTextRequired");
        String how = null;
        if (result.givesInformation()) {
            how = requireText(obtain, "request.invalid.howToObtainRequired");
        }
        LocalDate day = repliedDay == null ? now.toLocalDate() : repliedDay;
        requireEventDay(day, lastStepDay(), now);
        replyToChange().state(result, reason, body, how, day);
        extension.dropPending();
        move(REPLIED, RequestStep.REPLIED, actor, result + (reason == null ? "" : "/" + reason) + " " + day, now, day);
    }

    /** What the request's history allows a reply to state now (nothing when no reply may be made). */
    public ReplyGrounds replyGrounds() {
        boolean consented = Consultations.thirdPartyConsented(consultations);
        boolean refusal = Consultations.standingRefusal(consultations).isPresent();
        boolean earlier = repeatOf != null && repeatOf.reply().isAnswered() && sameApplicantAs(repeatOf);
        return new ReplyGrounds(correction().answered(), earlier, reasonsAskedOn != null, consented, refusal);
    }

    /** The outcomes a reply may state now; none when the state allows no reply. */
    public List<ReplyOutcome> possibleOutcomes() {
        return state == ACCEPTED ? replyGrounds().possibleOutcomes() : List.of();
    }

    /** The reasons a reply with the outcome may state now; none when the state allows no reply. */
    public List<ReplyReason> possibleReasons(ReplyOutcome result) {
        return state == ACCEPTED ? replyGrounds().possibleReasons(result) : List.of();
    }

    /** How and when the reply reached the applicant. */
    public void recordDelivery(DeliveryMethod method, LocalDate day, String reference, String actor, LocalDateTime now) {
        require(ProcedureStep.DELIVERY, RequestStep.DELIVERED, now);
        if (method == null) {
            throw new InvalidInputException("request.invalid.deliveryRequired");
        }
        LocalDate on = day == null ? now.toLocalDate() : day;
        requireEventDay(on, lastStepDay(), now);
        if (reference != null && reference.strip().length() > 200) {
            throw new InvalidInputException("request.invalid.textTooLong", 200);
        }
        String ref = RequestForm.stripped(reference);
        reply.deliver(method, on, ref);
        move(CLOSED, RequestStep.DELIVERED, actor, method + " " + on + (ref == null ? "" : " " + ref), now, on);
    }

    /**
     * A petition, complaint or report in the form of a request (Art. 39): not handled as a
     * disclosure request, closed without a reply deadline; counted under 不予处理/信访举报投诉类申请.
     */
    public void markNotARequest(String note, String actor, LocalDateTime now) {
        require(ProcedureStep.MARK_NOT_A_REQUEST, RequestStep.NOT_A_REQUEST, now);
        notRequestNote = requireText(note, "request.invalid.noteRequired");
        replyToChange().classify(ReplyOutcome.NOT_PROCESSED, ReplyReason.PETITION_COMPLAINT);
        extension.dropPending();
        move(NOT_A_REQUEST, RequestStep.NOT_A_REQUEST, actor, notRequestNote, now);
    }

    /** A forwarded request's result goes back to the municipal office with the letters (seed 一(五)4). */
    public void reportBack(String result, LocalDate day, Collection<Long> letterIds, String actor, LocalDateTime now) {
        refuse(notForwarded()); // whatever the state: only a forwarded request is reported back
        require(ProcedureStep.REPORT_BACK, RequestStep.REPORTED_BACK, now);
        reportResult = requireText(result, "request.invalid.reportResultRequired");
        LocalDate on = day == null ? now.toLocalDate() : day;
        requireEventDay(on, lastStepDay(), now);
        reportedBackOn = on;
        reportedBackBy = actor;
        reportLetterIds.clear();
        if (letterIds != null) {
            letterIds.stream().filter(Objects::nonNull).forEach(reportLetterIds::add);
        }
        record(RequestStep.REPORTED_BACK, state, actor, on + ": " + reportResult + " letters " + reportLetterIds, now, on);
    }

    /**
     * The letter that answered the applicant (reply letter; for an abandoned request or a petition
     * the letter saying so), issued by the boundary right after the step, in its transaction.
     */
    public void attachReplyLetter(Long letterId) {
        if (state != REPLIED && state != ABANDONED && state != NOT_A_REQUEST) {
            throw new IllegalStateException("request " + number + " has not been answered: " + state);
        }
        replyToChange().attachLetter(letterId);
    }

    /**
     * The latest day a step of the request is stated to have happened: a day typed for a later step
     * may not be before it (nor after today).
     */
    public LocalDate lastStepDay() {
        return Stream.concat(Stream.of(receivedOn, getClockStartOn(), correction().getNoticeOn(), correction().getReceivedOn(),
                        reasonsAskedOn, reply().getRepliedOn(), reply().getDeliveredOn()),
                Consultations.stepDays(consultations))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(receivedOn);
    }

    /** The reply clock part (set at registration; read through this, as a part whose columns are all empty loads as null). */
    public ReplyClock clock() {
        return clock == null ? new ReplyClock() : clock;
    }

    private ReplyClock clockToChange() {
        if (clock == null) {
            clock = new ReplyClock();
        }
        return clock;
    }

    /** The day the reply clock runs from before any pause: its start, else the day of receipt (Art. 31). */
    private LocalDate clockStart() {
        return clock().getStartOn() == null ? receivedOn : clock().getStartOn();
    }

    /** The correction part (Art. 30); empty before a notice. */
    public Correction correction() {
        return correction == null ? Correction.none() : correction;
    }

    /** The reply part; empty before the request ends. */
    public Reply reply() {
        return reply == null ? Reply.none() : reply;
    }

    private Reply replyToChange() {
        if (reply == null) {
            reply = Reply.none();
        }
        return reply;
    }

    // ---- the clock -----------------------------------------------------------------------

    public void attachReplyDeadline(Long deadlineId) {
        clockToChange().attachReplyDeadline(deadlineId);
    }

    /** The deadline of the correction notice (Art. 30: 7 working days from receipt), opened at registration. */
    public void attachCorrectionDeadline(Long deadlineId) {
        clockToChange().attachCorrectionDeadline(deadlineId);
    }

    /** The reply due date after the latest step, for the timeline; only before the step is stored. */
    public void stampReplyDue(LocalDate due) {
        if (!timeline.isEmpty() && !timeline.getLast().isStored()) {
            timeline.getLast().stampReplyDue(due);
        }
    }

    /** The day from which the clock runs now: its start, a correction's receipt, or the last consultation's answer. */
    public LocalDate clockRunningSince() {
        LocalDate since = clockStart();
        LocalDate restart = correction().replyPeriodRestartsOn();
        if (restart != null && restart.isAfter(since)) {
            since = restart;
        }
        LocalDate answered = Consultations.lastAnswerOn(consultations);
        return answered != null && answered.isAfter(since) ? answered : since;
    }

    public Optional<Consultation> openConsultation() {
        return Consultations.open(consultations);
    }

    // ---- what may happen next: one copy of each step's rule --------------------------------

    /**
     * The steps this caller may take now ({@link ProcedureStep}'s table of states and roles, and each
     * step's own condition): the screens show these forms, the step methods refuse the rest.
     */
    public Set<ProcedureStep> possibleSteps(LocalDate today, RequestCaller caller) {
        Set<ProcedureStep> possible = EnumSet.noneOf(ProcedureStep.class);
        for (ProcedureStep step : ProcedureStep.values()) {
            if (step.takenBy(caller, handler) && step.allowedIn(state) && refusal(step, today) == null) {
                possible.add(step);
            }
        }
        return possible;
    }

    /** Refuses a step the state does not allow, or whose own condition does not hold today. */
    private void require(ProcedureStep step, RequestStep recorded, LocalDateTime now) {
        require(step.allowedIn(state), recorded);
        refuse(refusal(step, now.toLocalDate()));
    }

    private static void refuse(RuntimeException refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }

    private InvalidInputException notForwarded() {
        return channel == Channel.FORWARDED ? null : new InvalidInputException("request.invalid.notForwarded");
    }

    /** Why a step the state allows may not be taken today, or null when it may. */
    private RuntimeException refusal(ProcedureStep step, LocalDate today) {
        return switch (step) {
            case CORRECTION_NOTICE -> correction().isNoticed()
                    ? new InvalidInputException("request.invalid.correctionOnce", correction().getNoticeOn()) : null;
            // only once the period set in the notice has passed (Art. 30)
            case ABANDON -> correction().overdueOn(today) ? null
                    : new InvalidInputException("request.invalid.correctionNotOverdue", correction().getDueOn());
            case ANSWER -> openConsultation().isPresent() ? null
                    : new IllegalRequestStepException(state, RequestStep.THIRD_PARTY_ANSWERED);
            // a posted consultation letter whose signed-for day is not recorded yet (Arts. 32, 34)
            case LETTER_RECEIVED -> openConsultation().isEmpty()
                    ? new IllegalRequestStepException(state, RequestStep.CONSULTATION_LETTER_RECEIVED)
                    : openConsultation().get().isAwaitingDelivery() ? null : new InvalidInputException(
                            "request.invalid.letterReceivedAlready", openConsultation().get().getLetterReceivedOn());
            case OVERRIDE -> standingRefusal().isPresent() ? null
                    : new InvalidInputException("request.invalid.noThirdPartyRefusal");
            case EXTENSION_REQUEST -> extension.refusalToAsk();
            case EXTENSION_DECISION -> extension.refusalToDecide();
            // Art. 35, once; the reply may then set excessive requests aside
            case ASK_REASONS -> reasonsAskedOn == null ? null
                    : new InvalidInputException("request.invalid.reasonsAskedAlready", reasonsAskedOn);
            // before any correction or consultation, and not a part again
            case SPLIT -> parentId == null && !correction().isNoticed() && consultations.isEmpty() ? null
                    : new IllegalRequestStepException(state, RequestStep.SPLIT);
            case REPORT_BACK -> notForwarded() != null ? notForwarded() : reportedBackOn == null ? null
                    : new InvalidInputException("request.invalid.reportedAlready", reportedBackOn);
            default -> null;
        };
    }

    private Optional<Consultation> standingRefusal() {
        return Consultations.standingRefusal(consultations);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void move(RequestState to, RequestStep step, String actor, String comment, LocalDateTime now) {
        move(to, step, actor, comment, now, null);
    }

    /** A step whose day the office states ({@code statedOn}), kept in the timeline beside the day it was recorded. */
    private void move(RequestState to, RequestStep step, String actor, String comment, LocalDateTime now,
                      LocalDate statedOn) {
        RequestState from = state;
        state = to;
        record(step, from, actor, comment, now, statedOn);
    }

    private void record(RequestStep step, RequestState from, String actor, String comment, LocalDateTime now) {
        record(step, from, actor, comment, now, null);
    }

    private void record(RequestStep step, RequestState from, String actor, String comment, LocalDateTime now,
                        LocalDate statedOn) {
        updatedBy = Objects.requireNonNull(actor);
        updatedAt = Objects.requireNonNull(now);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > RequestForm.MAX_TEXT) {
            text = text.substring(0, RequestForm.MAX_TEXT);
        }
        timeline.add(new TimelineEntry(this, step, from, state, actor, text, now, statedOn));
    }

    private void require(boolean allowed, RequestStep step) {
        if (!allowed) {
            throw new IllegalRequestStepException(state, step);
        }
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getParentId() { return parentId; }
    public Integer getPartNo() { return partNo; }
    public Channel getChannel() { return channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Applicant getApplicant() { return applicant; }
    public String getDescription() { return description; }
    public byte[] getMatterHash() { return matterHash.clone(); }
    public FormWanted getFormWanted() { return formWanted; }
    public DeliveryMethod getDeliveryWanted() { return deliveryWanted; }
    /** Where a forwarded request came from; empty for the other channels. */
    public Handover getHandover() { return handover == null ? new Handover() : handover; }
    public RequestState getState() { return state; }
    public String getHandler() { return handler; }
    public LocalDate getClockStartOn() { return clock().getStartOn(); }
    public LocalDate getAcceptedOn() { return clock().getAcceptedOn(); }
    public Long getReplyDeadlineId() { return clock().getReplyDeadlineId(); }
    public LocalDate getCorrectionNoticeOn() { return correction().getNoticeOn(); }
    public LocalDate getCorrectionDueOn() { return correction().getDueOn(); }
    public String getCorrectionNoticeText() { return correction().getNoticeText(); }
    public LocalDate getCorrectionReceivedOn() { return correction().getReceivedOn(); }
    public Long getCorrectionDeadlineId() { return clock().getCorrectionDeadlineId(); }
    public Extension getExtension() { return extension; }
    public int getExtensionGrantedDays() { return extension.getGrantedDays(); }
    public Integer getExtensionPendingDays() { return extension.getPendingDays(); }
    public String getExtensionReason() { return extension.getReason(); }
    public String getExtensionRequestedBy() { return extension.getRequestedBy(); }
    public ReplyOutcome getOutcome() { return reply().getOutcome(); }
    public ReplyReason getOutcomeReason() { return reply().getOutcomeReason(); }
    public String getReplyText() { return reply().getReplyText(); }
    public String getHowToObtain() { return reply().getHowToObtain(); }
    public LocalDate getRepliedOn() { return reply().getRepliedOn(); }
    public Long getReplyLetterId() { return reply().getReplyLetterId(); }
    public DeliveryMethod getDeliveredBy() { return reply().getDeliveredBy(); }
    public LocalDate getDeliveredOn() { return reply().getDeliveredOn(); }
    public String getDeliveryReference() { return reply().getDeliveryReference(); }
    public LocalDate getReasonsAskedOn() { return reasonsAskedOn; }
    public String getReasonsAskedText() { return reasonsAskedText; }
    public String getNotRequestNote() { return notRequestNote; }
    public Long getRepeatOfId() { return repeatOfId; }
    public String getReportResult() { return reportResult; }
    public LocalDate getReportedBackOn() { return reportedBackOn; }
    public String getReportedBackBy() { return reportedBackBy; }
    public Set<Long> getReportLetterIds() { return Set.copyOf(reportLetterIds); }
    public String getIntakeToken() { return intakeToken; }
    public byte[] getQueryCodeHash() { return queryCodeHash == null ? null : queryCodeHash.clone(); }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public List<Consultation> getConsultations() { return List.copyOf(consultations); }
    public List<TimelineEntry> getTimeline() { return List.copyOf(timeline); }
    public long getVersion() { return version; }
}
