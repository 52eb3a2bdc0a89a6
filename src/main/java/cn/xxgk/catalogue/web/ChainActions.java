package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.AttributeDecision;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.boundary.GovInfoReview;
import cn.xxgk.catalogue.boundary.SecrecyOutcome;
import cn.xxgk.catalogue.entity.ClassificationLevel;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.ExemptionGround;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The steps of the chain taken on an item's page: confirm, return, review, consult, secrecy,
 * sign-off (one facade call each, with the version the user saw, so a step someone else took
 * meanwhile is refused and explained). Cataloguing and publication are in {@link PublicationActions}.
 */
@Named
@ViewScoped
public class ChainActions implements Serializable {

    @Inject
    GovInfoChain chain;

    @Inject
    GovInfoReview review;

    @Inject
    ItemView item;

    @Inject
    Messages messages;

    private String comment;
    private DisclosureAttribute attribute;
    private String changeReason;
    private ExemptionGround exemptionGround;
    private String exemptionReason;
    private String text;
    private SecrecyOutcome outcome;
    private ClassificationLevel level;

    public String confirm() {
        return done(chain.confirm(item.getId(), version(), comment), "govinfo.step.CONFIRMED");
    }

    public String returnToDraft() {
        return done(chain.returnToDraft(item.getId(), version(), comment), "govinfo.step.RETURNED");
    }

    public String review() {
        return done(review.review(item.getId(), version(), decision(), comment), "govinfo.step.REVIEWED");
    }

    public String consult() {
        return done(review.consult(item.getId(), version(), text), "govinfo.step.CONSULTATION_SENT");
    }

    public String recordAnswer() {
        return done(review.recordConsultationAnswer(item.getId(), version(), text), "govinfo.step.CONSULTATION_ANSWERED");
    }

    public String secrecy() {
        return done(review.secrecy(item.getId(), version(), outcome, level, text, comment),
                outcome == null ? "govinfo.item.secrecy" : "govinfo.outcome." + outcome.name());
    }

    public String signOff() {
        return done(review.signOff(item.getId(), version(), decision(), comment), "govinfo.step.SIGNED_OFF");
    }

    private AttributeDecision decision() {
        return new AttributeDecision(attribute, changeReason, exemptionGround, exemptionReason);
    }

    private long version() {
        return item.getInfo().getVersion();
    }

    /** After a step, the page again (post-redirect-get): fresh state, fresh version, the message kept. */
    private String done(GovInfo info, String stepKey) {
        messages.info(null, "govinfo.item.done", messages.text(stepKey));
        return ItemView.reopen(info);
    }

    public DisclosureAttribute[] getAttributes() { return DisclosureAttribute.values(); }
    public ExemptionGround[] getGrounds() { return ExemptionGround.values(); }
    public SecrecyOutcome[] getOutcomes() { return SecrecyOutcome.values(); }
    public ClassificationLevel[] getLevels() { return ClassificationLevel.values(); }

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public DisclosureAttribute getAttribute() { return attribute; }
    public void setAttribute(DisclosureAttribute attribute) { this.attribute = attribute; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
    public ExemptionGround getExemptionGround() { return exemptionGround; }
    public void setExemptionGround(ExemptionGround exemptionGround) { this.exemptionGround = exemptionGround; }
    public String getExemptionReason() { return exemptionReason; }
    public void setExemptionReason(String exemptionReason) { this.exemptionReason = exemptionReason; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public SecrecyOutcome getOutcome() { return outcome; }
    public void setOutcome(SecrecyOutcome outcome) { this.outcome = outcome; }
    public ClassificationLevel getLevel() { return level; }
    public void setLevel(ClassificationLevel level) { this.level = level; }
}
