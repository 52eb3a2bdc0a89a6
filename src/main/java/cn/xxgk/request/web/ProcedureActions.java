package cn.xxgk.request.web;

import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.boundary.RequestAcceptance;
import cn.xxgk.request.boundary.RequestAcceptance.AcceptanceDates;
import cn.xxgk.request.boundary.RequestProcedure;
import cn.xxgk.request.boundary.RequestReplies;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestStep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The steps before the reply on a request's page: acceptance (with the dates Art. 31 needs),
 * not-a-request, repeat, split (correction: {@link CorrectionActions}; consultations:
 * {@link ConsultationActions}; extension: {@link ExtensionActions}; reply, delivery, report back:
 * {@link ReplyActions}). One boundary call
 * each, with the version the page was loaded with, then the page again (post-redirect-get); a
 * refusal is shown on the field it concerns ({@link StepFields}), with what was typed.
 */
@Named
@ViewScoped
public class ProcedureActions implements Serializable {

    @Inject
    RequestProcedure procedure;

    @Inject
    RequestAcceptance acceptance;

    @Inject
    RequestReplies replies;

    @Inject
    RequestView page;

    @Inject
    Messages messages;

    @Inject
    StepForms steps;

    private LocalDate signedForOn;
    private LocalDate applicantConfirmedOn;
    private LocalDate agencyConfirmedOn;
    private String text;
    private String earlierNumber;
    private String parts;

    /** 确认收到 (Art. 31(3)): today is the online request's day of receipt. */
    public String confirmReceipt() {
        return steps.attempt("confirmReceipt", () -> steps.done(acceptance.confirmReceipt(id(), version()),
                RequestStep.RECEIPT_CONFIRMED));
    }

    public String accept() {
        return steps.attempt("accept", () -> steps.done(acceptance.accept(id(), version(), new AcceptanceDates(signedForOn,
                applicantConfirmedOn, agencyConfirmedOn)), RequestStep.ACCEPTED));
    }

    public String markNotARequest() {
        return steps.attempt("not-request", () -> steps.done(replies.markNotARequest(id(), version(), text),
                RequestStep.NOT_A_REQUEST));
    }

    public String flagRepeat() {
        return steps.attempt("repeat", () -> steps.done(procedure.flagRepeat(id(), version(), earlierNumber), RequestStep.REPEAT_FLAGGED));
    }

    /** One part per non-empty line. */
    public String split() {
        List<String> matters = parts == null ? List.of()
                : Arrays.stream(parts.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        return steps.attempt("split", () -> {
            List<DisclosureRequest> made = acceptance.split(id(), version(), matters);
            messages.info(null, "request.page.splitDone", made.stream().map(DisclosureRequest::getNumber).toList()
                    .toString().replaceAll("[\\[\\]]", ""));
            return RequestView.reopen(id());
        });
    }

    private Long id() {
        return page.getId();
    }

    private long version() {
        return page.getRequest().getVersion();
    }

    public LocalDate getSignedForOn() { return signedForOn; }
    public void setSignedForOn(LocalDate signedForOn) { this.signedForOn = signedForOn; }
    public LocalDate getApplicantConfirmedOn() { return applicantConfirmedOn; }
    public void setApplicantConfirmedOn(LocalDate applicantConfirmedOn) { this.applicantConfirmedOn = applicantConfirmedOn; }
    public LocalDate getAgencyConfirmedOn() { return agencyConfirmedOn; }
    public void setAgencyConfirmedOn(LocalDate agencyConfirmedOn) { this.agencyConfirmedOn = agencyConfirmedOn; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getEarlierNumber() { return earlierNumber; }
    public void setEarlierNumber(String earlierNumber) { this.earlierNumber = earlierNumber; }
    public String getParts() { return parts; }
    public void setParts(String parts) { this.parts = parts; }
}
