package cn.xxgk.request.entity;

import cn.xxgk.letter.control.LetterKind;
import cn.xxgk.letter.control.ReplyWording;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A letter the procedure issued, kept with its request as the PDF that was printed (告知书 kept
 * with the file). Immutable: the table refuses updates and deletes; a corrected letter is a new
 * one with a new number. It names the timeline step that issued it. The PDF bytes are loaded only
 * when the letter itself is asked for, not with the list.
 */
@Entity
@Table(name = "request_letter")
@NamedQuery(name = RequestLetter.OF_REQUEST,
        query = "SELECT l FROM RequestLetter l WHERE l.requestId = :requestId ORDER BY l.id")
public class RequestLetter {

    public static final String OF_REQUEST = "RequestLetter.ofRequest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "step_id", nullable = false, updatable = false)
    private Long stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private LetterKind kind;

    /** The wording of the reply the letter states (a reply letter, a report back), else null. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 48)
    private ReplyWording outcome;

    @Column(name = "letter_number", nullable = false, updatable = false, length = 64)
    private String number;

    @Column(name = "letter_date", nullable = false, updatable = false)
    private LocalDate letterDate;

    @Column(nullable = false, updatable = false, length = 200)
    private String addressee;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected RequestLetter() {
    }

    /**
     * A letter issued at a step of the request.
     *
     * @param step the timeline entry of the step, already stored (it has its id)
     */
    public static RequestLetter issued(DisclosureRequest request, TimelineEntry step, LetterKind kind, ReplyWording outcome,
                                       String number, LocalDate letterDate, String addressee, byte[] pdf, String sha256,
                                       String actor, LocalDateTime now) {
        RequestLetter l = new RequestLetter();
        l.requestId = Objects.requireNonNull(request.getId(), "the request must be stored first");
        l.stepId = Objects.requireNonNull(step.getId(), "the step must be stored first");
        l.kind = Objects.requireNonNull(kind);
        boolean statesOutcome = kind == LetterKind.REPLY || kind == LetterKind.REPORT_BACK;
        if (statesOutcome != (outcome != null)) {
            throw new IllegalArgumentException("a reply and a report back, and no other letter, state an outcome: " + kind);
        }
        l.outcome = outcome;
        l.number = Objects.requireNonNull(number);
        l.letterDate = Objects.requireNonNull(letterDate);
        l.addressee = Objects.requireNonNull(addressee);
        l.pdf = pdf.clone();
        l.sizeBytes = pdf.length;
        l.sha256 = Objects.requireNonNull(sha256);
        l.createdBy = Objects.requireNonNull(actor);
        l.createdAt = Objects.requireNonNull(now);
        return l;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Long getStepId() { return stepId; }
    public LetterKind getKind() { return kind; }
    public ReplyWording getOutcome() { return outcome; }
    public String getNumber() { return number; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getAddressee() { return addressee; }
    public byte[] getPdf() { return pdf.clone(); }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
