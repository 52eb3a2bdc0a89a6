package cn.xxgk.catalogue.entity;

import cn.xxgk.platform.control.AccessRefusedException;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The disclosure attribute and the decisions on it: the department's proposal on the drafting
 * sheet (seed 一(三)2), the office's review with the office head's approval of an exemption and
 * its reason (seed 一(三)3, 三(三) "办公室负责人……对免于公开的理由予以审定"), the consultation of
 * the municipal office on a doubtful attribute, and the sign-off's final word (seed 三(四)).
 */
@Embeddable
public class Review {

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

    protected Review() {
    }

    /** The department's proposal (a new draft or an edit): any earlier approval no longer applies. */
    void propose(DraftContent c) {
        attribute = c.attribute();
        exemptionGround = c.attribute() == DisclosureAttribute.EXEMPT ? c.exemptionGround() : null;
        exemptionReason = c.attribute() == DisclosureAttribute.EXEMPT ? c.exemptionReason().strip() : null;
        exemptionApprovedBy = null;
        exemptionApprovedAt = null;
    }

    /**
     * The office's review: keeps or changes the attribute (a change needs its reason); an EXEMPT
     * result is an approval of the exemption and its reason, which only the office head gives.
     */
    void review(DisclosureAttribute decided, String changeReason, ExemptionGround ground, String reason, Caller caller,
                LocalDateTime now) {
        DisclosureAttribute wanted = decided == null ? attribute : decided;
        String why = changeReason(wanted, changeReason);
        if (wanted == DisclosureAttribute.EXEMPT) {
            ExemptionGround g = ground != null ? ground : exemptionGround;
            String r = !DraftContent.blank(reason) ? reason.strip() : exemptionReason;
            if (g == null || DraftContent.blank(r)) {
                throw new InvalidInputException("catalogue.invalid.exemptionReasonRequired");
            }
            if (caller.roles().stream().noneMatch(StepRoles.EXEMPTION_APPROVERS::contains)) {
                throw new AccessRefusedException("an exemption and its reason are approved by the office head (seed 三(三))");
            }
            exemptionGround = g;
            exemptionReason = r;
            exemptionApprovedBy = caller.username();
            exemptionApprovedAt = now;
        } else {
            clearExemption();
        }
        decide(wanted, why);
    }

    /**
     * The sign-off fixes the final attribute. An exemption stands only with the reason the office
     * head approved: the leader keeps it or returns the item, and cannot approve another reason.
     */
    void signOff(DisclosureAttribute decided, String changeReason, ExemptionGround ground, String reason) {
        DisclosureAttribute wanted = decided == null ? attribute : decided;
        String why = changeReason(wanted, changeReason);
        if (wanted == DisclosureAttribute.EXEMPT) {
            boolean approved = exemptionApprovedBy != null && attribute == DisclosureAttribute.EXEMPT
                    && (ground == null || ground == exemptionGround)
                    && (DraftContent.blank(reason) || reason.strip().equals(exemptionReason));
            if (!approved) {
                throw new InvalidInputException("catalogue.invalid.exemptionNotApproved");
            }
        } else {
            clearExemption();
        }
        decide(wanted, why);
    }

    void consult(String question) {
        consultationQuestion = question.strip();
    }

    void answer(String answer) {
        consultationAnswer = answer.strip();
    }

    private String changeReason(DisclosureAttribute wanted, String changeReason) {
        if (wanted == attribute) {
            return attributeChangeReason;
        }
        if (DraftContent.blank(changeReason)) {
            throw new InvalidInputException("catalogue.invalid.changeReasonRequired");
        }
        return changeReason.strip();
    }

    private void decide(DisclosureAttribute wanted, String why) {
        attributeChangeReason = why;
        attribute = Objects.requireNonNull(wanted);
    }

    private void clearExemption() {
        exemptionGround = null;
        exemptionReason = null;
        exemptionApprovedBy = null;
        exemptionApprovedAt = null;
    }

    public DisclosureAttribute getAttribute() { return attribute; }
    public String getAttributeChangeReason() { return attributeChangeReason; }
    public ExemptionGround getExemptionGround() { return exemptionGround; }
    public String getExemptionReason() { return exemptionReason; }
    public String getExemptionApprovedBy() { return exemptionApprovedBy; }
    public LocalDateTime getExemptionApprovedAt() { return exemptionApprovedAt; }
    public String getConsultationQuestion() { return consultationQuestion; }
    public String getConsultationAnswer() { return consultationAnswer; }
}
