package cn.xxgk.request.web;

import cn.xxgk.request.boundary.ReplyLetterDetails;
import cn.xxgk.request.boundary.RequestReplies;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestStep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The end of the procedure on a request's page: the reply with its outcome and the sub-reason of
 * the annual report, its delivery, and the report back to the municipal office on a forwarded
 * request, and before a reply on excessive requests the question for their reasons (Art. 35). The
 * outcomes and reasons offered are those the request's history allows (the entity's answer), the
 * reasons following the chosen outcome. A refusal is shown on the field it concerns ({@link StepFields}).
 */
@Named
@ViewScoped
public class ReplyActions implements Serializable {

    @Inject
    RequestReplies procedure;

    @Inject
    RequestView page;

    @Inject
    StepForms steps;

    private ReplyOutcome outcome;
    private ReplyReason reason;
    private String text;
    private String howToObtain;
    private LocalDate day;
    private DeliveryMethod method;
    private String reference;
    private boolean alreadyPublished;
    private String competentAgency;
    private String competentAgencyContact;

    public String reply() {
        return steps.attempt("reply", () -> steps.done(procedure.reply(page.getId(), version(), outcome, reason, text, howToObtain,
                day, new ReplyLetterDetails(alreadyPublished, competentAgency, competentAgencyContact)),
                RequestStep.REPLIED));
    }

    public String askForReasons() {
        return steps.attempt("reasons", () -> steps.done(procedure.askForReasons(page.getId(), version(), text, day),
                RequestStep.REASONS_ASKED));
    }

    public String recordDelivery() {
        return steps.attempt("delivery", () -> steps.done(procedure.recordDelivery(page.getId(), version(), method, day, reference),
                RequestStep.DELIVERED));
    }

    public String reportBack() {
        return steps.attempt("report-back", () -> steps.done(procedure.reportBack(page.getId(), version(), text, day, List.of()),
                RequestStep.REPORTED_BACK));
    }

    public boolean isAlreadyPublished() { return alreadyPublished; }
    public void setAlreadyPublished(boolean alreadyPublished) { this.alreadyPublished = alreadyPublished; }
    public String getCompetentAgency() { return competentAgency; }
    public void setCompetentAgency(String competentAgency) { this.competentAgency = competentAgency; }
    public String getCompetentAgencyContact() { return competentAgencyContact; }
    public void setCompetentAgencyContact(String competentAgencyContact) { this.competentAgencyContact = competentAgencyContact; }

    /** The reasons that fit the chosen outcome and the request's history (none for a full disclosure). */
    public List<ReplyReason> getReasons() {
        return page.getRequest().replying().possibleReasons(outcome);
    }

    /** After a change of outcome: a reason that no longer fits is dropped. */
    public void outcomeChanged() {
        if (reason != null && !getReasons().contains(reason)) {
            reason = null;
        }
    }

    public boolean isGivesInformation() {
        return outcome != null && outcome.givesInformation();
    }

    private long version() {
        return page.getRequest().getVersion();
    }

    public List<ReplyOutcome> getOutcomes() { return page.getRequest().replying().possibleOutcomes(); }
    public DeliveryMethod[] getDeliveryMethods() { return DeliveryMethod.values(); }

    public ReplyOutcome getOutcome() { return outcome; }
    public void setOutcome(ReplyOutcome outcome) { this.outcome = outcome; }
    public ReplyReason getReason() { return reason; }
    public void setReason(ReplyReason reason) { this.reason = reason; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getHowToObtain() { return howToObtain; }
    public void setHowToObtain(String howToObtain) { this.howToObtain = howToObtain; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public DeliveryMethod getMethod() { return method; }
    public void setMethod(DeliveryMethod method) { this.method = method; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
