package cn.xxgk.request.entity;

import cn.xxgk.calendar.control.Channel;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request for government information (政府信息公开申请), one matter each, and the procedure of
 * the Regulations as a state machine. The steps are grouped by phase, each group a class of its own
 * reached from here: {@link #handling()} (accept, split, repeat, hand-over, Art. 39, report back),
 * {@link #correcting()} (Art. 30), {@link #consulting()} (Arts. 32-34), {@link #extending()} (Art. 33)
 * and {@link #replying()} (Arts. 35-36, delivery). A step checks the state and its own condition
 * ({@link ProcedureStep#refusal}), changes the request and appends a {@link TimelineEntry}; a step
 * the state does not allow throws {@link IllegalRequestStepException} and changes nothing. Who may
 * take a step, and the deadline engine, are the boundary's business: it tells the clock what happened
 * and stamps the new due date on the step ({@link #stampReplyDue}).
 *
 * The clock, the correction, the extension and the reply are embedded parts that own their rules
 * ({@link ReplyClock}, {@link Correction}, {@link Extension}, {@link Reply}); a day typed for a step
 * is neither after today nor before the latest step ({@link StepInput#requireStepDay}), the timeline keeping
 * the stated day beside the day recorded.
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
    /** Handler and actor of a request filed online until the office confirms it. */
    public static final String PORTAL = "portal";

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "request_number", nullable = false, updatable = false, length = 24) private String number;
    @Column(name = "parent_id", updatable = false) private Long parentId;
    @Column(name = "part_no", updatable = false) private Integer partNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16) private Channel channel;
    @Column(name = "received_on", nullable = false, updatable = false) private LocalDate receivedOn;
    @Embedded private Applicant applicant;
    @Column(nullable = false) private String description;
    @Column(name = "matter_hash", nullable = false) private byte[] matterHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "form_wanted", nullable = false, updatable = false, length = 16) private FormWanted formWanted;
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_wanted", nullable = false, updatable = false, length = 16) private DeliveryMethod deliveryWanted;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32) private RequestState state;
    @Column(nullable = false, length = 100) private String handler;

    // the parts; one whose columns are all empty loads as null, so each is read through its getter
    @Embedded private Handover handover;
    @Embedded private ReplyClock clock;
    @Embedded private Correction correction;
    @Embedded private Extension extension = new Extension();
    @Embedded private Reply reply;
    @Embedded private ReportBack reportBack;

    @Embedded private ReasonsAsked reasonsAsked;

    // written and read only by methods of this class: EclipseLink's weaving loads and tracks them there
    @Column(name = "repeat_of_id") private Long repeatOfId;
    /** The earlier request {@link #repeatOfId} names, to know whether it was answered (a repeat's reply). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeat_of_id", insertable = false, updatable = false) private DisclosureRequest repeatOf;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_report_letter", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "letter_id") private Set<Long> reportLetterIds = new LinkedHashSet<>();

    @Column(name = "intake_token", updatable = false, length = 64) private String intakeToken;
    @Column(name = "notify_by_email", nullable = false, updatable = false) private boolean notifyByEmail;
    @Column(name = "query_code_hash", updatable = false) private byte[] queryCodeHash;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100) private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false) private LocalDateTime createdAt;
    @Column(name = "updated_by", nullable = false, length = 100) private String updatedBy;
    @Column(name = "updated_at", nullable = false) private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER) @OrderBy("id")
    private List<Consultation> consultations = new ArrayList<>();
    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY) @OrderBy("id")
    private List<TimelineEntry> timeline = new ArrayList<>();
    @Version private long version;

    protected DisclosureRequest() {
    }

    /**
     * A request as the office registers it. The form must have passed {@link RequestForm#firstFlaw};
     * the identity number and the contact data come encrypted, the matter key and query-code hash
     * computed. Art. 31: the reply clock runs from the day of receipt the channel's rule names;
     * acceptance may correct it.
     */
    public static DisclosureRequest register(String number, RequestForm form, ProtectedIdNumber id, SealedContact contact,
                                             byte[] matterHash, String intakeToken, byte[] queryCodeHash, String handler,
                                             String actor, LocalDateTime now) {
        DisclosureRequest r = new DisclosureRequest();
        r.channel = form.channel();
        r.receivedOn = form.channel() == Channel.FORWARDED ? form.handoverOn() : form.receivedOn();
        r.applicant = Applicant.of(form, id, contact);
        r.formWanted = form.formWanted();
        r.deliveryWanted = form.deliveryWanted();
        r.handover = Handover.of(form);
        r.intakeToken = intakeToken;
        r.queryCodeHash = queryCodeHash == null ? null : queryCodeHash.clone();
        r.clock = ReplyClock.from(r.receivedOn);
        return r.opened(number, form.description().strip(), matterHash, handler, RequestState.RECEIVED, actor, now,
                RequestStep.REGISTERED, r.channel.name() + " " + r.receivedOn);
    }

    /** Filed online (Art. 31(3)): received, with a clock, once the office confirms ({@link HandlingSteps#confirmReceipt}). */
    public static DisclosureRequest filedOnline(String number, RequestForm form, ProtectedIdNumber id, SealedContact contact,
            byte[] matterHash, String intakeToken, byte[] queryCodeHash, boolean notifyByEmail, LocalDateTime now) {
        DisclosureRequest r = register(number, form, id, contact, matterHash, intakeToken, queryCodeHash, PORTAL, PORTAL, now);
        r.notifyByEmail = notifyByEmail && form.channel() == Channel.ONLINE;
        return r;
    }

    /** A part of this request of one matter (seed 一(五)3), numbered {@code number-n}; see {@link HandlingSteps#split}. */
    DisclosureRequest part(int no, String matter, byte[] hash, ProtectedIdNumber id, String actor, LocalDateTime now) {
        DisclosureRequest p = new DisclosureRequest();
        p.parentId = Objects.requireNonNull(this.id, "the request must be stored before it is split");
        p.partNo = no;
        p.channel = channel;
        p.receivedOn = receivedOn;
        p.applicant = applicant.forPart(id);
        p.formWanted = formWanted;
        p.deliveryWanted = deliveryWanted;
        p.handover = getHandover().copy();
        p.clock = getClock().forPart();
        return p.opened(number + "-" + no, matter, hash, handler, state, actor, now, RequestStep.SPLIT_OFF,
                "part " + no + " of " + number);
    }

    private DisclosureRequest opened(String no, String matter, byte[] hash, String handledBy, RequestState in,
                                     String actor, LocalDateTime now, RequestStep step, String comment) {
        number = Objects.requireNonNull(no);
        description = matter;
        matterHash = hash.clone();
        handler = Objects.requireNonNull(handledBy);
        state = in;
        createdBy = Objects.requireNonNull(actor);
        createdAt = Objects.requireNonNull(now);
        record(step, null, actor, comment, now, null);
        return this;
    }

    // ---- the steps, by phase ---------------------------------------------------------------

    public HandlingSteps handling() { return new HandlingSteps(this); }
    public CorrectionSteps correcting() { return new CorrectionSteps(this); }
    public ConsultationSteps consulting() { return new ConsultationSteps(this); }
    public ExtensionSteps extending() { return new ExtensionSteps(this); }
    public ReplySteps replying() { return new ReplySteps(this); }

    /** The steps this caller may take now: the screens show these forms, the steps refuse the rest. */
    public Set<ProcedureStep> possibleSteps(LocalDate today, RequestCaller caller) {
        return ProcedureStep.possibleOn(this, today, caller);
    }

    /** Refuses a step the state does not allow, or whose own condition does not hold today. */
    void require(ProcedureStep step, RequestStep recorded, LocalDateTime now) {
        if (!step.allowedIn(state)) {
            throw new IllegalRequestStepException(state, recorded);
        }
        RuntimeException refusal = step.refusal(this, now.toLocalDate());
        if (refusal != null) {
            throw refusal;
        }
    }

    /** A step, moving to {@code to}, on the day the office states ({@code statedOn}, null for the day recorded). */
    void move(RequestState to, RequestStep step, String actor, String comment, LocalDateTime now, LocalDate statedOn) {
        RequestState from = state;
        state = to;
        record(step, from, actor, comment, now, statedOn);
    }

    private void record(RequestStep step, RequestState from, String actor, String comment, LocalDateTime now,
                        LocalDate statedOn) {
        updatedBy = Objects.requireNonNull(actor);
        updatedAt = Objects.requireNonNull(now);
        timeline.add(new TimelineEntry(this, step, from, state, actor, comment, now, statedOn));
    }

    void changeMatter(String matter, byte[] hash) { description = matter; matterHash = hash.clone(); }
    void handOver(String newHandler) { handler = Objects.requireNonNull(newHandler); }
    void linkRepeatOf(DisclosureRequest earlier) { repeatOfId = earlier.getId(); repeatOf = earlier; }
    /** The earlier request this one repeats (loaded on first use), or null. */
    DisclosureRequest repeatOf() { return repeatOf; }
    void consulted(Consultation consultation) { consultations.add(consultation); }

    void enclose(Collection<Long> letterIds) {
        reportLetterIds.clear();
        letterIds.stream().filter(Objects::nonNull).forEach(reportLetterIds::add);
    }

    // ---- the clock -------------------------------------------------------------------------

    /** The reply deadline and the correction notice's (Art. 30: 7 working days from receipt), opened at registration. */
    public void attachDeadlines(Long replyDeadlineId, Long correctionDeadlineId) {
        clockToChange().attachReplyDeadline(replyDeadlineId);
        clockToChange().attachCorrectionDeadline(correctionDeadlineId);
    }

    /** The reply due date after the latest step, for the timeline; only before the step is stored. */
    public void stampReplyDue(LocalDate due) {
        if (!timeline.isEmpty() && !timeline.getLast().isStored()) {
            timeline.getLast().stampReplyDue(due);
        }
    }

    /** The day the reply clock runs from before any pause or restart: its start, else the day of receipt (Art. 31). */
    public LocalDate clockStart() {
        return clock == null || clock.getStartOn() == null ? receivedOn : clock.getStartOn();
    }

    /** Art. 31(3): filed online and not yet confirmed by the office, so not received yet and without a clock. */
    public boolean awaitsReceiptConfirmation() { return legalReceiptDay() == null; }

    /** The day of receipt (Art. 31, rule in {@link DayOfReceipt}): online the day the office confirmed (null until then). */
    public LocalDate legalReceiptDay() { return DayOfReceipt.of(channel, receivedOn, getClock().getConfirmedOn()); }

    public Optional<Consultation> openConsultation() { return Consultations.open(consultations); }

    // ---- the parts, each read as empty while its columns are -------------------------------

    public ReplyClock getClock() { return clock == null ? new ReplyClock() : clock; }
    public Correction getCorrection() { return correction == null ? Correction.none() : correction; }
    public Extension getExtension() { return extension == null ? new Extension() : extension; }
    public Reply getReply() { return reply == null ? Reply.none() : reply; }
    public ReportBack getReportBack() { return reportBack == null ? new ReportBack() : reportBack; }
    public ReasonsAsked getReasonsAsked() { return reasonsAsked == null ? new ReasonsAsked() : reasonsAsked; }
    /** Where a forwarded request came from; empty for the other channels. */
    public Handover getHandover() { return handover == null ? new Handover() : handover; }

    ReplyClock clockToChange() { return clock = getClock(); }
    void noticed(Correction notice) { correction = notice; }
    Correction correctionToChange() { return correction = getCorrection(); }
    Extension extensionToChange() { return extension = getExtension(); }
    Reply replyToChange() { return reply = getReply(); }
    ReportBack reportBackToChange() { return reportBack = getReportBack(); }
    ReasonsAsked reasonsToChange() { return reasonsAsked = getReasonsAsked(); }

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
    public RequestState getState() { return state; }
    public String getHandler() { return handler; }
    public Long getRepeatOfId() { return repeatOfId; }
    public boolean isNotifyByEmail() { return notifyByEmail; }
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
