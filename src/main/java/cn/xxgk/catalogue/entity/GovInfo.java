package cn.xxgk.catalogue.entity;

import static cn.xxgk.catalogue.entity.GovInfoState.CATALOGUED;
import static cn.xxgk.catalogue.entity.GovInfoState.CLASSIFIED;
import static cn.xxgk.catalogue.entity.GovInfoState.CONFIRMED;
import static cn.xxgk.catalogue.entity.GovInfoState.CONSULTATION;
import static cn.xxgk.catalogue.entity.GovInfoState.DRAFT;
import static cn.xxgk.catalogue.entity.GovInfoState.PUBLISHED;
import static cn.xxgk.catalogue.entity.GovInfoState.REVIEWED;
import static cn.xxgk.catalogue.entity.GovInfoState.SECRECY_DOUBTFUL;
import static cn.xxgk.catalogue.entity.GovInfoState.SECRECY_PASSED;
import static cn.xxgk.catalogue.entity.GovInfoState.SIGNED_OFF;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of government information (政府信息) on its way from the drafting sheet to the public
 * catalogue. The entity owns the chain of the bureau's rules: every step is a method that checks
 * the state (and the step's own conditions), changes it and appends a {@link GovInfoStep}; a step
 * the state does not allow throws {@link IllegalStepException} and changes nothing. Who may take a
 * step is the boundary's business, not the entity's.
 *
 * <pre>
 * DRAFT --confirm--> CONFIRMED --review--> REVIEWED --secrecy pass--> SECRECY_PASSED --sign off--> SIGNED_OFF
 *   ^                  |    ^                 |  \--doubt--> SECRECY_DOUBTFUL --answer: pass/classify
 *   |                consult  answer          \--classify--> CLASSIFIED (final, never published)
 *   |                  v    |
 *   |               CONSULTATION
 *   +--return (from DRAFT, CONFIRMED, REVIEWED, SECRECY_PASSED; with a comment)
 * SIGNED_OFF --catalogue--> CATALOGUED --publish (PROACTIVE only)--> PUBLISHED --revise--> new DRAFT version
 * </pre>
 */
@Entity
@Table(name = "gov_info")
@NamedQuery(name = GovInfo.BY_INDEX_NUMBER, query = "SELECT g FROM GovInfo g WHERE g.indexNumber = :indexNumber")
public class GovInfo {

    public static final String BY_INDEX_NUMBER = "GovInfo.byIndexNumber";

    /** States in which a return to the drafting department is possible. */
    static final Set<GovInfoState> RETURNABLE = EnumSet.of(DRAFT, CONFIRMED, REVIEWED, SECRECY_PASSED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The drafting department (identity component); kept as its id, not as an entity of another component. */
    @Column(name = "department_id", nullable = false, updatable = false)
    private Long departmentId;

    @Column(nullable = false, length = DraftContent.MAX_TITLE)
    private String title;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "document_type", length = 20)
    private String documentType;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "written_date", nullable = false)
    private LocalDate writtenDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_category", nullable = false, length = 48)
    private SubjectCategory subjectCategory;

    @Column(name = "subject_subcategory", length = 100)
    private String subjectSubcategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_content_category", length = 48)
    private KeyContentCategory keyContentCategory;

    @Column(name = "official_document", nullable = false)
    private boolean officialDocument;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure_attribute", nullable = false, length = 16)
    private DisclosureAttribute attribute;

    @Column(name = "attribute_change_reason", length = 1000)
    private String attributeChangeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_ground", length = 48)
    private ExemptionGround exemptionGround;

    @Column(name = "exemption_reason", length = DraftContent.MAX_REASON)
    private String exemptionReason;

    @Column(name = "exemption_approved_by", length = 100)
    private String exemptionApprovedBy;

    @Column(name = "exemption_approved_at")
    private LocalDateTime exemptionApprovedAt;

    @Column(name = "consultation_question", length = 2000)
    private String consultationQuestion;

    @Column(name = "consultation_answer", length = 2000)
    private String consultationAnswer;

    @Column(name = "secrecy_question", length = 2000)
    private String secrecyQuestion;

    @Column(name = "secrecy_answer", length = 2000)
    private String secrecyAnswer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private GovInfoState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "classification_level", length = 16)
    private ClassificationLevel classificationLevel;

    @Column(name = "involves_other_agency", nullable = false)
    private boolean involvesOtherAgency;

    @Column(name = "other_agency_name", length = 200)
    private String otherAgencyName;

    @Column(name = "other_agency_confirmed_by", length = 200)
    private String otherAgencyConfirmedBy;

    @Column(name = "other_agency_confirmed_at")
    private LocalDateTime otherAgencyConfirmedAt;

    @Column(name = "other_agency_confirmation", length = 2000)
    private String otherAgencyConfirmation;

    @Column(name = "signed_off_by", length = 100)
    private String signedOffBy;

    @Column(name = "signed_off_at")
    private LocalDateTime signedOffAt;

    @Column(name = "index_number", length = 64)
    private String indexNumber;

    @Column(name = "published_date")
    private LocalDate publishedDate;

    /** 1 for the first version; a change after publication makes the next. */
    @Column(name = "info_version", nullable = false, updatable = false)
    private int infoVersion = 1;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    @Column(name = "publication_deadline_id")
    private Long publicationDeadlineId;

    @Column(name = "last_comment", length = 2000)
    private String lastComment;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_channel", joinColumns = @JoinColumn(name = "gov_info_id"))
    @OrderBy("publishedOn")
    private List<ChannelRecord> channels = new ArrayList<>();

    @OneToMany(mappedBy = "govInfo", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<GovInfoStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected GovInfo() {
    }

    /** A new draft of a department; the content must have passed {@link DraftContent#firstFlaw}. */
    public static GovInfo draft(Long departmentId, DraftContent content, String actor, LocalDateTime now) {
        GovInfo info = new GovInfo();
        info.departmentId = Objects.requireNonNull(departmentId);
        info.state = DRAFT;
        info.createdBy = Objects.requireNonNull(actor);
        info.createdAt = Objects.requireNonNull(now);
        info.apply(content);
        info.record(ChainStep.CREATED, null, actor, null, now);
        return info;
    }

    /**
     * The next version of a published item: a new draft with the same content, linked to this one,
     * that goes through the whole chain again. This entry stays in the catalogue as it was.
     */
    public GovInfo revise(String actor, LocalDateTime now) {
        require(state == PUBLISHED, ChainStep.REVISED);
        GovInfo next = draft(departmentId, content(), actor, now);
        next.infoVersion = infoVersion + 1;
        next.previousId = id;
        next.record(ChainStep.REVISED, DRAFT, actor, "revision of " + (indexNumber == null ? id : indexNumber), now);
        return next;
    }

    /** The department edits its draft (also after a return). */
    public void edit(DraftContent content, String actor, LocalDateTime now) {
        require(state == DRAFT, ChainStep.EDITED);
        apply(content);
        record(ChainStep.EDITED, DRAFT, actor, null, now);
    }

    /** The department head confirms what the department sends to the office. */
    public void confirm(String actor, String comment, LocalDateTime now) {
        move(DRAFT, CONFIRMED, ChainStep.CONFIRMED, actor, comment, now);
    }

    /** Back to the drafting department with a comment saying why (head, office or leader). */
    public void returnToDraft(String actor, String comment, LocalDateTime now) {
        require(RETURNABLE.contains(state), ChainStep.RETURNED);
        requireText(comment, "catalogue.invalid.commentRequired");
        GovInfoState from = state;
        state = DRAFT;
        lastComment = comment.strip();
        record(ChainStep.RETURNED, from, actor, comment, now);
    }

    /**
     * The office reviews the attribute: keeps the department's proposal or changes it with a
     * reason, and approves the exemption reason of an EXEMPT item.
     */
    public void review(DisclosureAttribute reviewed, String changeReason, ExemptionGround ground,
                       String reason, String actor, String comment, LocalDateTime now) {
        require(state == CONFIRMED, ChainStep.REVIEWED);
        decideAttribute(reviewed, changeReason, ground, reason, actor, now);
        move(CONFIRMED, REVIEWED, ChainStep.REVIEWED, actor, comment, now);
    }

    /** The office asks the municipal open-government office about a doubtful attribute (seed 一(三)3). */
    public void consult(String question, String actor, LocalDateTime now) {
        require(state == CONFIRMED, ChainStep.CONSULTATION_SENT);
        requireText(question, "catalogue.invalid.questionRequired");
        consultationQuestion = question.strip();
        move(CONFIRMED, CONSULTATION, ChainStep.CONSULTATION_SENT, actor, question, now);
    }

    /** The municipal office answered; the item is back with the office for its review. */
    public void recordConsultationAnswer(String answer, String actor, LocalDateTime now) {
        require(state == CONSULTATION, ChainStep.CONSULTATION_ANSWERED);
        requireText(answer, "catalogue.invalid.answerRequired");
        consultationAnswer = answer.strip();
        move(CONSULTATION, CONFIRMED, ChainStep.CONSULTATION_ANSWERED, actor, answer, now);
    }

    /**
     * The secrecy review passes. From SECRECY_DOUBTFUL the answer of the secrecy administration
     * is required and recorded.
     */
    public void passSecrecy(String answer, String actor, String comment, LocalDateTime now) {
        require(state == REVIEWED || state == SECRECY_DOUBTFUL, ChainStep.SECRECY_PASSED);
        GovInfoState from = state;
        recordSecrecyAnswerIfDoubtful(answer);
        move(from, SECRECY_PASSED, ChainStep.SECRECY_PASSED, actor, comment, now);
    }

    /** Doubtful: sent to the competent department or the secrecy administration (seed 三(四)). */
    public void doubtSecrecy(String question, String actor, LocalDateTime now) {
        require(state == REVIEWED, ChainStep.SECRECY_DOUBTFUL);
        requireText(question, "catalogue.invalid.questionRequired");
        secrecyQuestion = question.strip();
        move(REVIEWED, SECRECY_DOUBTFUL, ChainStep.SECRECY_DOUBTFUL, actor, question, now);
    }

    /** Classified with a level: the item never publishes; only its metadata stays here. */
    public void classify(ClassificationLevel level, String answer, String actor, String comment, LocalDateTime now) {
        require(state == REVIEWED || state == SECRECY_DOUBTFUL, ChainStep.CLASSIFIED);
        if (level == null) {
            throw new InvalidInputException("catalogue.invalid.levelRequired");
        }
        GovInfoState from = state;
        recordSecrecyAnswerIfDoubtful(answer);
        classificationLevel = level;
        move(from, CLASSIFIED, ChainStep.CLASSIFIED, actor, comment, now);
    }

    /** The leader signs off: the attribute given here is final (seed 三; PRODUCT §4). */
    public void signOff(DisclosureAttribute finalAttribute, String changeReason, ExemptionGround ground,
                        String reason, String actor, String comment, LocalDateTime now) {
        require(state == SECRECY_PASSED, ChainStep.SIGNED_OFF);
        decideAttribute(finalAttribute, changeReason, ground, reason, actor, now);
        signedOffBy = actor;
        signedOffAt = now;
        move(SECRECY_PASSED, SIGNED_OFF, ChainStep.SIGNED_OFF, actor, comment, now);
    }

    /** The office gives the entry its index number. */
    public void catalogue(IndexNumber number, String actor, LocalDateTime now) {
        require(state == SIGNED_OFF, ChainStep.CATALOGUED);
        indexNumber = Objects.requireNonNull(number).toString();
        move(SIGNED_OFF, CATALOGUED, ChainStep.CATALOGUED, actor, indexNumber, now);
    }

    /** The other agency confirmed the information that involves it (seed 二(三)4). */
    public void recordAgencyConfirmation(String confirmedBy, String text, String actor, LocalDateTime now) {
        require(involvesOtherAgency && !state.isFinal(), ChainStep.AGENCY_CONFIRMED);
        requireText(confirmedBy, "catalogue.invalid.confirmedByRequired");
        requireText(text, "catalogue.invalid.confirmationRequired");
        otherAgencyConfirmedBy = confirmedBy.strip();
        otherAgencyConfirmation = text.strip();
        otherAgencyConfirmedAt = now;
        record(ChainStep.AGENCY_CONFIRMED, state, actor, confirmedBy + ": " + text, now);
    }

    /**
     * Publication of a catalogued PROACTIVE entry: its published date and at least one channel;
     * an item involving another agency needs that agency's recorded confirmation first.
     */
    public void publish(LocalDate published, Collection<ChannelRecord> where, String actor, LocalDateTime now) {
        require(state == CATALOGUED, ChainStep.PUBLISHED);
        if (attribute != DisclosureAttribute.PROACTIVE) {
            throw new InvalidInputException("catalogue.invalid.notProactive");
        }
        if (published == null) {
            throw new InvalidInputException("catalogue.invalid.publishedDateRequired");
        }
        if (published.isBefore(writtenDate) || published.isAfter(now.toLocalDate())) {
            throw new InvalidInputException("catalogue.invalid.publishedDateRange");
        }
        if (where == null || where.isEmpty()) {
            throw new InvalidInputException("catalogue.invalid.channelRequired");
        }
        if (where.stream().map(ChannelRecord::getChannel).distinct().count() != where.size()) {
            throw new InvalidInputException("catalogue.invalid.channelTwice");
        }
        if (involvesOtherAgency && otherAgencyConfirmedAt == null) {
            throw new InvalidInputException("catalogue.invalid.agencyConfirmationMissing", otherAgencyName);
        }
        publishedDate = published;
        channels.clear();
        channels.addAll(where);
        move(CATALOGUED, PUBLISHED, ChainStep.PUBLISHED, actor, null, now);
    }

    public void attachPublicationDeadline(Long deadlineId) {
        this.publicationDeadlineId = deadlineId;
    }

    /** The content as the drafting sheet shows it (for an edit form or a new version). */
    public DraftContent content() {
        return new DraftContent(title, bodyHtml, bodyText, documentType, documentNumber, writtenDate, subjectCategory,
                subjectSubcategory, keyContentCategory, officialDocument, attribute, exemptionGround, exemptionReason,
                involvesOtherAgency, otherAgencyName);
    }

    private void decideAttribute(DisclosureAttribute decided, String changeReason, ExemptionGround ground,
                                 String reason, String actor, LocalDateTime now) {
        DisclosureAttribute wanted = decided == null ? attribute : decided;
        if (wanted != attribute) {
            requireText(changeReason, "catalogue.invalid.changeReasonRequired");
            attributeChangeReason = changeReason.strip();
        }
        if (wanted == DisclosureAttribute.EXEMPT) {
            ExemptionGround g = ground != null ? ground : exemptionGround;
            String r = !DraftContent.blank(reason) ? reason.strip() : exemptionReason;
            if (g == null || DraftContent.blank(r)) {
                throw new InvalidInputException("catalogue.invalid.exemptionReasonRequired");
            }
            exemptionGround = g;
            exemptionReason = r;
            exemptionApprovedBy = actor;
            exemptionApprovedAt = now;
        } else {
            exemptionGround = null;
            exemptionReason = null;
            exemptionApprovedBy = null;
            exemptionApprovedAt = null;
        }
        attribute = wanted;
    }

    private void recordSecrecyAnswerIfDoubtful(String answer) {
        if (state == SECRECY_DOUBTFUL) {
            requireText(answer, "catalogue.invalid.answerRequired");
            secrecyAnswer = answer.strip();
        }
    }

    private void apply(DraftContent c) {
        title = c.title().strip();
        bodyHtml = c.bodyHtml();
        bodyText = c.bodyText();
        documentType = DraftContent.blank(c.documentType()) ? null : c.documentType().strip();
        documentNumber = DraftContent.blank(c.documentNumber()) ? null : c.documentNumber().strip();
        writtenDate = c.writtenDate();
        subjectCategory = c.subjectCategory();
        subjectSubcategory = DraftContent.blank(c.subjectSubcategory()) ? null : c.subjectSubcategory().strip();
        keyContentCategory = c.keyContentCategory();
        officialDocument = c.officialDocument();
        attribute = c.attribute();
        exemptionGround = c.attribute() == DisclosureAttribute.EXEMPT ? c.exemptionGround() : null;
        exemptionReason = c.attribute() == DisclosureAttribute.EXEMPT ? c.exemptionReason().strip() : null;
        involvesOtherAgency = c.involvesOtherAgency();
        otherAgencyName = c.involvesOtherAgency() ? c.otherAgencyName().strip() : null;
    }

    private void move(GovInfoState from, GovInfoState to, ChainStep step, String actor, String comment,
                      LocalDateTime now) {
        require(state == from, step);
        state = to;
        if (comment != null && !comment.isBlank()) {
            lastComment = comment.strip();
        }
        record(step, from, actor, comment, now);
    }

    private void record(ChainStep step, GovInfoState from, String actor, String comment, LocalDateTime now) {
        updatedBy = Objects.requireNonNull(actor);
        updatedAt = Objects.requireNonNull(now);
        steps.add(new GovInfoStep(this, step, from, state, actor,
                comment == null || comment.isBlank() ? null : truncate(comment.strip()), now));
    }

    private void require(boolean allowed, ChainStep step) {
        if (!allowed) {
            throw new IllegalStepException(state, step);
        }
    }

    private static void requireText(String text, String key) {
        if (DraftContent.blank(text)) {
            throw new InvalidInputException(key);
        }
        if (text.strip().length() > DraftContent.MAX_REASON) {
            throw new InvalidInputException("catalogue.invalid.textTooLong", DraftContent.MAX_REASON);
        }
    }

    private static String truncate(String s) {
        return s.length() <= DraftContent.MAX_REASON ? s : s.substring(0, DraftContent.MAX_REASON);
    }

    public Long getId() { return id; }
    public Long getDepartmentId() { return departmentId; }
    public String getTitle() { return title; }
    public String getBodyHtml() { return bodyHtml; }
    public String getBodyText() { return bodyText; }
    public String getDocumentType() { return documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getWrittenDate() { return writtenDate; }
    public SubjectCategory getSubjectCategory() { return subjectCategory; }
    public String getSubjectSubcategory() { return subjectSubcategory; }
    public KeyContentCategory getKeyContentCategory() { return keyContentCategory; }
    public boolean isOfficialDocument() { return officialDocument; }
    public DisclosureAttribute getAttribute() { return attribute; }
    public String getAttributeChangeReason() { return attributeChangeReason; }
    public ExemptionGround getExemptionGround() { return exemptionGround; }
    public String getExemptionReason() { return exemptionReason; }
    public String getExemptionApprovedBy() { return exemptionApprovedBy; }
    public String getConsultationQuestion() { return consultationQuestion; }
    public String getConsultationAnswer() { return consultationAnswer; }
    public String getSecrecyQuestion() { return secrecyQuestion; }
    public String getSecrecyAnswer() { return secrecyAnswer; }
    public GovInfoState getState() { return state; }
    public ClassificationLevel getClassificationLevel() { return classificationLevel; }
    public boolean isInvolvesOtherAgency() { return involvesOtherAgency; }
    public String getOtherAgencyName() { return otherAgencyName; }
    public String getOtherAgencyConfirmedBy() { return otherAgencyConfirmedBy; }
    public LocalDateTime getOtherAgencyConfirmedAt() { return otherAgencyConfirmedAt; }
    public String getOtherAgencyConfirmation() { return otherAgencyConfirmation; }
    public String getSignedOffBy() { return signedOffBy; }
    public LocalDateTime getSignedOffAt() { return signedOffAt; }
    public String getIndexNumber() { return indexNumber; }
    public LocalDate getPublishedDate() { return publishedDate; }
    public int getInfoVersion() { return infoVersion; }
    public Long getPreviousId() { return previousId; }
    public Long getPublicationDeadlineId() { return publicationDeadlineId; }
    public String getLastComment() { return lastComment; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public List<ChannelRecord> getChannels() { return List.copyOf(channels); }
    public List<GovInfoStep> getSteps() { return List.copyOf(steps); }
    public long getVersion() { return version; }
}
