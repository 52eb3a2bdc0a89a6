package cn.xxgk.catalogue.entity;

import cn.xxgk.platform.control.AccessRefusedException;
import jakarta.persistence.*;
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
 * catalogue: an aggregate of its parts, each owning its rules ({@link Drafting}, {@link Review},
 * {@link Secrecy}, {@link SignOff}, {@link Publication}). Every step is a method that checks the
 * state ({@link IllegalStepException}), then the caller against {@link StepRoles}
 * ({@link AccessRefusedException}), asks the part, changes the state and appends a
 * {@link GovInfoStep}; a refused step changes nothing. {@link #possibleSteps} answers the same
 * question for the screens and the API.
 *
 * <pre>
 * DRAFT --confirm--> CONFIRMED --review--> REVIEWED --secrecy pass--> SECRECY_PASSED --sign off--> SIGNED_OFF
 *   ^                  |    ^                 |  \--doubt--> SECRECY_DOUBTFUL --answer: pass/classify
 *   |                consult  answer          \--classify--> CLASSIFIED (final, metadata only, never published)
 *   +--return (from DRAFT, CONFIRMED, REVIEWED, SECRECY_PASSED; with a comment)
 * SIGNED_OFF --catalogue--> CATALOGUED --publish (PROACTIVE only)--> PUBLISHED --revise--> new DRAFT version
 * </pre>
 */
@Entity
@Table(name = "gov_info")
@NamedQuery(name = GovInfo.BY_INDEX_NUMBER,
        query = "SELECT g FROM GovInfo g WHERE g.publication.indexNumber = :indexNumber")
public class GovInfo {

    public static final String BY_INDEX_NUMBER = "GovInfo.byIndexNumber";

    private static final Set<SignOffDelegation> NONE = Set.of();

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;

    /** The drafting department (identity component); kept as its id, not as an entity of another component. */
    @Column(name = "department_id", nullable = false, updatable = false) private Long departmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24) private GovInfoState state;
    @Embedded private Drafting drafting = new Drafting();
    @Embedded private Review review = new Review();
    @Embedded private Secrecy secrecy = new Secrecy();
    @Embedded private SignOff signOff = new SignOff();
    @Embedded private Publication publication = new Publication();

    /** 1 for the first version; a change after publication makes the next. */
    @Column(name = "info_version", nullable = false, updatable = false) private int infoVersion = 1;
    @Column(name = "previous_id", updatable = false) private Long previousId;
    @Column(name = "last_comment", length = 2000) private String lastComment;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100) private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false) private LocalDateTime createdAt;
    @Column(name = "updated_by", nullable = false, length = 100) private String updatedBy;
    @Column(name = "updated_at", nullable = false) private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "publication_channel", joinColumns = @JoinColumn(name = "gov_info_id")) @OrderBy("publishedOn")
    private List<ChannelRecord> channels = new ArrayList<>();

    @OneToMany(mappedBy = "govInfo", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY) @OrderBy("id")
    private List<GovInfoStep> steps = new ArrayList<>();

    @Version private long version;

    protected GovInfo() { // JPA
    }

    /** A new draft of a department; the content must have passed {@link DraftContent#firstFlaw}. */
    public static GovInfo draft(Long departmentId, DraftContent content, Caller caller, LocalDateTime now) {
        GovInfo info = new GovInfo();
        info.departmentId = Objects.requireNonNull(departmentId);
        info.state = GovInfoState.DRAFT;
        info.createdBy = caller.username();
        info.createdAt = Objects.requireNonNull(now);
        info.drafting.apply(content);
        info.review.propose(content);
        info.record(ChainStep.CREATED, null, caller, null, now, null);
        return info;
    }

    /** The steps this caller may take now: the screens show these forms, the commands refuse the rest. */
    public Set<ChainStep> possibleSteps(Caller caller, Set<SignOffDelegation> delegations) {
        Set<ChainStep> possible = EnumSet.noneOf(ChainStep.class);
        for (ChainStep step : ChainStep.values()) {
            if (allowedIn(step) && permits(step, caller, delegations)
                    && (step != ChainStep.PUBLISHED || getAttribute() == DisclosureAttribute.PROACTIVE)) {
                possible.add(step);
            }
        }
        return possible;
    }

    /** Refuses a step the state does not allow (400) or this caller may not take (403). */
    public void check(ChainStep step, Caller caller, Set<SignOffDelegation> delegations) {
        if (!allowedIn(step)) {
            throw new IllegalStepException(state, step);
        }
        if (!permits(step, caller, delegations)) {
            throw new AccessRefusedException(caller.username() + " may not take step " + step + " on item " + id
                    + ": it belongs to " + StepRoles.of(step, state, isOfficialDocument(), delegations));
        }
    }

    /** The next version of a published item: the same content, linked to this one, through the whole chain again. */
    public GovInfo revise(Caller caller, LocalDateTime now) {
        check(ChainStep.REVISED, caller, NONE);
        GovInfo next = draft(departmentId, content(), caller, now);
        next.infoVersion = infoVersion + 1;
        next.previousId = id;
        String of = getIndexNumber() == null ? String.valueOf(id) : getIndexNumber();
        next.record(ChainStep.REVISED, GovInfoState.DRAFT, caller, "revision of " + of, now, null);
        return next;
    }

    /** The department edits its draft; true when the written date moved (the deadline's start moves with it). */
    public boolean edit(DraftContent content, Caller caller, LocalDateTime now) {
        check(ChainStep.EDITED, caller, NONE);
        boolean moved = drafting.apply(content);
        review.propose(content);
        record(ChainStep.EDITED, GovInfoState.DRAFT, caller, null, now, null);
        return moved;
    }

    public void confirm(Caller caller, String comment, LocalDateTime now) {
        check(ChainStep.CONFIRMED, caller, NONE);
        move(GovInfoState.CONFIRMED, ChainStep.CONFIRMED, caller, comment, now);
    }

    public void returnToDraft(Caller caller, String comment, LocalDateTime now) {
        check(ChainStep.RETURNED, caller, NONE);
        DraftContent.requireText(comment, "catalogue.invalid.commentRequired");
        move(GovInfoState.DRAFT, ChainStep.RETURNED, caller, comment, now);
    }

    public void review(DisclosureAttribute decided, String changeReason, ExemptionGround ground, String reason,
                       Caller caller, String comment, LocalDateTime now) {
        check(ChainStep.REVIEWED, caller, NONE);
        review.review(decided, changeReason, ground, reason, caller, now);
        move(GovInfoState.REVIEWED, ChainStep.REVIEWED, caller, comment, now);
    }

    public void consult(String question, Caller caller, LocalDateTime now) {
        check(ChainStep.CONSULTATION_SENT, caller, NONE);
        review.consult(DraftContent.requireText(question, "catalogue.invalid.questionRequired"));
        move(GovInfoState.CONSULTATION, ChainStep.CONSULTATION_SENT, caller, question, now);
    }

    public void recordConsultationAnswer(String answer, Caller caller, LocalDateTime now) {
        check(ChainStep.CONSULTATION_ANSWERED, caller, NONE);
        review.answer(DraftContent.requireText(answer, "catalogue.invalid.answerRequired"));
        move(GovInfoState.CONFIRMED, ChainStep.CONSULTATION_ANSWERED, caller, answer, now);
    }

    public void passSecrecy(String answer, Caller caller, String comment, LocalDateTime now) {
        check(ChainStep.SECRECY_PASSED, caller, NONE);
        answerIfDoubtful(answer);
        move(GovInfoState.SECRECY_PASSED, ChainStep.SECRECY_PASSED, caller, comment, now);
    }

    public void doubtSecrecy(String question, Caller caller, LocalDateTime now) {
        check(ChainStep.SECRECY_DOUBTFUL, caller, NONE);
        secrecyPart().doubt(DraftContent.requireText(question, "catalogue.invalid.questionRequired"));
        move(GovInfoState.SECRECY_DOUBTFUL, ChainStep.SECRECY_DOUBTFUL, caller, question, now);
    }

    /**
     * Classified with a level (secrecy law; seed 三): the body is erased here and now, only the
     * metadata stays, and the item never publishes. The boundary deletes the attachments.
     */
    public void classify(ClassificationLevel level, String answer, Caller caller, String comment, LocalDateTime now) {
        check(ChainStep.CLASSIFIED, caller, NONE);
        Secrecy.requireLevel(level);
        answerIfDoubtful(answer);
        secrecyPart().classify(level, caller.username(), now);
        drafting.eraseBody();
        move(GovInfoState.CLASSIFIED, ChainStep.CLASSIFIED, caller, comment, now);
    }

    /** The leader signs off and fixes the final attribute (seed 三(四)); who may sign: {@link StepRoles}. */
    public void signOff(DisclosureAttribute decided, String changeReason, ExemptionGround ground, String reason,
                        Caller caller, Set<SignOffDelegation> delegations, String comment, LocalDateTime now) {
        check(ChainStep.SIGNED_OFF, caller, delegations);
        review.signOff(decided, changeReason, ground, reason);
        signOffPart().sign(caller, isOfficialDocument(), delegations, now);
        move(GovInfoState.SIGNED_OFF, ChainStep.SIGNED_OFF, caller, signOffPart().withDelegation(comment), now);
    }

    /** The office gives the entry its index number (check the step first, then take the serial). */
    public void catalogue(IndexNumber number, Caller caller, LocalDateTime now) {
        check(ChainStep.CATALOGUED, caller, NONE);
        publicationPart().catalogue(number);
        move(GovInfoState.CATALOGUED, ChainStep.CATALOGUED, caller, getIndexNumber(), now);
    }

    /** The other agency confirmed (seed 二(三)4), on the stated day if the office records it later. */
    public void recordAgencyConfirmation(String confirmedBy, String text, LocalDate statedOn, Caller caller,
                                         LocalDateTime now) {
        check(ChainStep.AGENCY_CONFIRMED, caller, NONE);
        publicationPart().confirmAgency(confirmedBy, text, statedOn, latestStepDay(), now);
        record(ChainStep.AGENCY_CONFIRMED, state, caller, confirmedBy.strip() + ": " + text.strip(), now, statedOn);
    }

    /** Publication today of a catalogued PROACTIVE entry on its channels (Art. 26: the published date is today). */
    public void publish(Collection<ChannelRecord> where, Caller caller, LocalDateTime now) {
        check(ChainStep.PUBLISHED, caller, NONE);
        List<ChannelRecord> records = publicationPart().publish(where, drafting, review, latestStepDay(), now.toLocalDate());
        channels.clear();
        channels.addAll(records);
        move(GovInfoState.PUBLISHED, ChainStep.PUBLISHED, caller, null, now);
    }

    public void attachPublicationDeadline(Long deadlineId) { publicationPart().attachDeadline(deadlineId); }

    private Secrecy secrecyPart() { return secrecy != null ? secrecy : (secrecy = new Secrecy()); }
    private SignOff signOffPart() { return signOff != null ? signOff : (signOff = new SignOff()); }
    private Publication publicationPart() { return publication != null ? publication : (publication = new Publication()); }

    /** The drafting sheet's content, for an edit form or a new version. */
    public DraftContent content() {
        return drafting.content(review);
    }

    /** The state's answer ({@link ChainStep#isTakenFrom}), and the other agency's confirmation is recorded once. */
    private boolean allowedIn(ChainStep step) {
        return step.isTakenFrom(state) && (step != ChainStep.AGENCY_CONFIRMED
                || isInvolvesOtherAgency() && getPublication().getOtherAgencyConfirmedAt() == null);
    }

    private boolean permits(ChainStep step, Caller caller, Set<SignOffDelegation> delegations) {
        return StepRoles.permits(StepRoles.of(step, state, isOfficialDocument(), delegations), caller, departmentId);
    }

    private void answerIfDoubtful(String answer) {
        if (state == GovInfoState.SECRECY_DOUBTFUL) {
            secrecyPart().answer(DraftContent.requireText(answer, "catalogue.invalid.answerRequired"));
        }
    }

    /** The latest day a step of this item happened (stated or recorded): no stated day may lie before it. */
    private LocalDate latestStepDay() {
        return steps.stream().map(GovInfoStep::effectiveDay).max(LocalDate::compareTo).orElse(createdAt.toLocalDate());
    }

    private void move(GovInfoState to, ChainStep step, Caller caller, String comment, LocalDateTime now) {
        GovInfoState from = state;
        state = to;
        lastComment = comment != null && !comment.isBlank() ? comment.strip() : lastComment;
        record(step, from, caller, comment, now, null);
    }

    private void record(ChainStep step, GovInfoState from, Caller caller, String comment, LocalDateTime now, LocalDate statedOn) {
        updatedBy = caller.username();
        updatedAt = Objects.requireNonNull(now);
        steps.add(new GovInfoStep(this, step, from, state, caller.username(), comment, now, statedOn));
    }

    public Long getId() { return id; }
    public Long getDepartmentId() { return departmentId; }
    public GovInfoState getState() { return state; }
    public Drafting getDrafting() { return drafting; }
    public Review getReview() { return review; }
    // EclipseLink loads a part whose columns are all null as null: read it through these, change it through ...Part()
    public Secrecy getSecrecy() { return secrecy != null ? secrecy : new Secrecy(); }
    public SignOff getSignOff() { return signOff != null ? signOff : new SignOff(); }
    public Publication getPublication() { return publication != null ? publication : new Publication(); }
    public String getTitle() { return drafting.getTitle(); }
    public String getBodyHtml() { return drafting.getBodyHtml(); }
    public String getBodyText() { return drafting.getBodyText(); }
    public String getDocumentType() { return drafting.getDocumentType(); }
    public String getDocumentNumber() { return drafting.getDocumentNumber(); }
    public LocalDate getWrittenDate() { return drafting.getWrittenDate(); }
    public SubjectCategory getSubjectCategory() { return drafting.getSubjectCategory(); }
    public String getSubjectSubcategory() { return drafting.getSubjectSubcategory(); }
    public KeyContentCategory getKeyContentCategory() { return drafting.getKeyContentCategory(); }
    public boolean isOfficialDocument() { return drafting.isOfficialDocument(); }
    public boolean isInvolvesOtherAgency() { return drafting.isInvolvesOtherAgency(); }
    public String getOtherAgencyName() { return drafting.getOtherAgencyName(); }
    public DisclosureAttribute getAttribute() { return review.getAttribute(); }
    public ExemptionGround getExemptionGround() { return review.getExemptionGround(); }
    public String getExemptionReason() { return review.getExemptionReason(); }
    public ClassificationLevel getClassificationLevel() { return getSecrecy().getClassificationLevel(); }
    public String getSignedOffBy() { return getSignOff().getSignedOffBy(); }
    public String getIndexNumber() { return getPublication().getIndexNumber(); }
    public LocalDate getPublishedDate() { return getPublication().getPublishedDate(); }
    public Long getPublicationDeadlineId() { return getPublication().getPublicationDeadlineId(); }
    public int getInfoVersion() { return infoVersion; }
    public Long getPreviousId() { return previousId; }
    public String getLastComment() { return lastComment; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public List<ChannelRecord> getChannels() { return List.copyOf(channels); }
    public List<GovInfoStep> getSteps() { return List.copyOf(steps); }
    public long getVersion() { return version; }
}
