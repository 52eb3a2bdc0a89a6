package cn.xxgk.remedy.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An administrative review or a suit against the agency about its handling of a request. It is
 * opened pending (尚未审结) and decided once with one of the report's results; the decision day is
 * not before the day the case was received nor after today. The request is kept by id and number
 * (the request component's table is not reached from here).
 */
@Entity
@Table(name = "remedy_case")
@NamedQuery(name = RemedyCase.OF_REQUEST, query = "SELECT c FROM RemedyCase c WHERE c.requestId = :request ORDER BY c.receivedOn, c.id")
@NamedQuery(name = RemedyCase.COUNTED_IN, query = """
        SELECT c FROM RemedyCase c WHERE c.receivedOn <= :last AND (c.decidedOn IS NULL OR c.decidedOn >= :first)""")
public class RemedyCase {

    public static final String OF_REQUEST = "RemedyCase.ofRequest";
    public static final String COUNTED_IN = "RemedyCase.countedIn";
    public static final int MAX_BODY = 100;
    public static final int MAX_CASE_NUMBER = 100;
    public static final int MAX_NOTE = 1000;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "request_id", nullable = false, updatable = false) private Long requestId;
    @Column(name = "request_number", nullable = false, updatable = false, length = 24) private String requestNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24) private RemedyKind kind;
    @Column(name = "review_case_id", updatable = false) private Long reviewCaseId;
    @Column(nullable = false, length = MAX_BODY) private String body;
    @Column(name = "case_number", length = MAX_CASE_NUMBER) private String caseNumber;
    @Column(name = "received_on", nullable = false, updatable = false) private LocalDate receivedOn;
    @Column(name = "decided_on") private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) private RemedyResult result;
    @Column(name = "defence_deadline_id") private Long defenceDeadlineId;
    @Column(length = MAX_NOTE) private String note;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100) private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false) private LocalDateTime createdAt;
    @Column(name = "updated_by", nullable = false, length = 100) private String updatedBy;
    @Column(name = "updated_at", nullable = false) private LocalDateTime updatedAt;
    @Version private long version;

    protected RemedyCase() {
    }

    /**
     * A new pending case. A suit after a review may name its review case (of the same request); the
     * day received is not in the future nor before the request was received.
     */
    public static RemedyCase open(Long requestId, String requestNumber, LocalDate requestReceivedOn, RemedyKind kind,
                                  RemedyCase reviewCase, String body, String caseNumber, LocalDate receivedOn,
                                  String note, String by, LocalDateTime now) {
        if (kind == null) {
            throw new InvalidInputException("remedy.invalid.kind");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("remedy.invalid.body");
        }
        if (receivedOn == null) {
            throw new InvalidInputException("remedy.invalid.receivedOn");
        }
        if (receivedOn.isAfter(now.toLocalDate()) || receivedOn.isBefore(requestReceivedOn)) {
            throw new InvalidInputException("remedy.invalid.receivedOnRange", requestReceivedOn, now.toLocalDate());
        }
        if (reviewCase != null && (kind != RemedyKind.SUIT_AFTER_REVIEW || reviewCase.kind != RemedyKind.REVIEW
                || !reviewCase.requestId.equals(requestId))) {
            throw new InvalidInputException("remedy.invalid.reviewCase");
        }
        RemedyCase c = new RemedyCase();
        c.requestId = Objects.requireNonNull(requestId);
        c.requestNumber = requestNumber;
        c.kind = kind;
        c.reviewCaseId = reviewCase == null ? null : reviewCase.id;
        c.body = body.strip();
        c.caseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        c.receivedOn = receivedOn;
        c.result = RemedyResult.PENDING;
        c.note = note == null || note.isBlank() ? null : note.strip();
        c.createdBy = by;
        c.createdAt = now;
        c.touch(by, now);
        return c;
    }

    /** The body's decision (复议决定, 判决 or 裁定): once, with a result other than pending. */
    public void decide(RemedyResult decided, LocalDate on, String by, LocalDateTime now) {
        if (result.isDecided()) {
            throw new InvalidInputException("remedy.invalid.alreadyDecided");
        }
        if (decided == null || !decided.isDecided()) {
            throw new InvalidInputException("remedy.invalid.result");
        }
        if (on == null || on.isBefore(receivedOn) || on.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("remedy.invalid.decidedOn", receivedOn, now.toLocalDate());
        }
        result = decided;
        decidedOn = on;
        touch(by, now);
    }

    /** Whether the office may still enter the defence deadline (a review not yet decided, none entered). */
    public boolean takesDefenceDeadline() {
        return kind == RemedyKind.REVIEW && !result.isDecided() && defenceDeadlineId == null;
    }

    public void attachDefenceDeadline(Long deadlineId, String by, LocalDateTime now) {
        if (!takesDefenceDeadline()) {
            throw new InvalidInputException("remedy.invalid.defenceDeadline");
        }
        defenceDeadlineId = Objects.requireNonNull(deadlineId);
        touch(by, now);
    }

    /** The result counted in the report of {@code year}: decided within it, or still pending at its end. */
    public RemedyResult resultAtEndOf(int year) {
        return decidedOn != null && decidedOn.getYear() <= year ? result : RemedyResult.PENDING;
    }

    private void touch(String by, LocalDateTime now) {
        updatedBy = by;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public String getRequestNumber() { return requestNumber; }
    public RemedyKind getKind() { return kind; }
    public Long getReviewCaseId() { return reviewCaseId; }
    public String getBody() { return body; }
    public String getCaseNumber() { return caseNumber; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public RemedyResult getResult() { return result; }
    public Long getDefenceDeadlineId() { return defenceDeadlineId; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
