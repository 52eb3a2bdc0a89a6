package cn.xxgk.request.web;

import cn.xxgk.platform.web.Messages;
import cn.xxgk.request.boundary.RequestProcedure;
import cn.xxgk.request.boundary.RequestProcedure.AcceptanceDates;
import cn.xxgk.request.boundary.RequestReplies;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.RequestState;
import cn.xxgk.request.entity.RequestStep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The steps of the procedure before the reply, taken on a request's page: acceptance (with the
 * dates Art. 31 needs for the channel), correction, consultations and their answers, the
 * public-interest override, extension and its decision, not-a-request, repeat, split. One boundary
 * call each, with the version the page was loaded with, then the page again (post-redirect-get); a
 * refusal is shown on the field of the step's form it concerns ({@link StepFields}), with what was
 * typed. The reply, delivery and report back are in {@link ReplyActions}.
 */
@Named
@ViewScoped
public class ProcedureActions implements Serializable {

    @Inject
    RequestProcedure procedure;

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
    private LocalDate day;
    private LocalDate correctBy;
    private String text;
    private String correctedDescription;
    private ConsultationKind kind;
    private String party;
    private ConsultationAnswer answer;
    private String reason;
    private Integer workingDays;
    private String earlierNumber;
    private String parts;

    public String accept() {
        return steps.attempt("accept", () -> steps.done(procedure.accept(id(), version(), new AcceptanceDates(signedForOn,
                applicantConfirmedOn, agencyConfirmedOn)), RequestStep.ACCEPTED));
    }

    public String sendCorrectionNotice() {
        return steps.attempt("correction", () -> steps.done(procedure.sendCorrectionNotice(id(), version(), day, correctBy, text),
                RequestStep.CORRECTION_NOTICE_SENT));
    }

    public String receiveCorrection() {
        return steps.attempt("corrected", () -> steps.done(procedure.receiveCorrection(id(), version(), day, correctedDescription),
                RequestStep.CORRECTION_RECEIVED));
    }

    public String abandon() {
        return steps.attempt("abandon", () -> steps.done(replies.abandon(id(), version()), RequestStep.ABANDONED));
    }

    public String consult() {
        return steps.attempt("consult", () -> steps.done(procedure.consult(id(), version(), kind, party, text, day),
                kind == ConsultationKind.AGENCY ? RequestStep.AGENCY_CONSULTED : RequestStep.THIRD_PARTY_CONSULTED));
    }

    /** The answer of the consultation that runs now (the state says which kind). */
    public String recordAnswer() {
        ConsultationKind running = page.getRequest().getState() == RequestState.AGENCY_CONSULTATION
                ? ConsultationKind.AGENCY : ConsultationKind.THIRD_PARTY;
        return steps.attempt("answer", () -> steps.done(procedure.recordAnswer(id(), version(), running, answer, day, text),
                running == ConsultationKind.AGENCY ? RequestStep.AGENCY_ANSWERED : RequestStep.THIRD_PARTY_ANSWERED));
    }

    public String overrideInPublicInterest() {
        return steps.attempt("override", () -> steps.done(procedure.overrideInPublicInterest(id(), version(), reason, text, day),
                RequestStep.PUBLIC_INTEREST_OVERRIDE));
    }

    public String requestExtension() {
        return steps.attempt("extension", () -> steps.done(procedure.requestExtension(id(), version(),
                workingDays == null ? 0 : workingDays, reason), RequestStep.EXTENSION_REQUESTED));
    }

    public String approveExtension() {
        return steps.attempt("extension-decision", () -> steps.done(procedure.decideExtension(id(), version(), true, text),
                RequestStep.EXTENSION_APPROVED));
    }

    public String refuseExtension() {
        return steps.attempt("extension-decision", () -> steps.done(procedure.decideExtension(id(), version(), false, text),
                RequestStep.EXTENSION_REFUSED));
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
            List<DisclosureRequest> made = procedure.split(id(), version(), matters);
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

    public ConsultationKind[] getKinds() { return ConsultationKind.values(); }
    public ConsultationAnswer[] getAnswers() { return ConsultationAnswer.values(); }

    public LocalDate getSignedForOn() { return signedForOn; }
    public void setSignedForOn(LocalDate signedForOn) { this.signedForOn = signedForOn; }
    public LocalDate getApplicantConfirmedOn() { return applicantConfirmedOn; }
    public void setApplicantConfirmedOn(LocalDate applicantConfirmedOn) { this.applicantConfirmedOn = applicantConfirmedOn; }
    public LocalDate getAgencyConfirmedOn() { return agencyConfirmedOn; }
    public void setAgencyConfirmedOn(LocalDate agencyConfirmedOn) { this.agencyConfirmedOn = agencyConfirmedOn; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalDate getCorrectBy() { return correctBy; }
    public void setCorrectBy(LocalDate correctBy) { this.correctBy = correctBy; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getCorrectedDescription() { return correctedDescription; }
    public void setCorrectedDescription(String correctedDescription) { this.correctedDescription = correctedDescription; }
    public ConsultationKind getKind() { return kind; }
    public void setKind(ConsultationKind kind) { this.kind = kind; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public ConsultationAnswer getAnswer() { return answer; }
    public void setAnswer(ConsultationAnswer answer) { this.answer = answer; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    public String getEarlierNumber() { return earlierNumber; }
    public void setEarlierNumber(String earlierNumber) { this.earlierNumber = earlierNumber; }
    public String getParts() { return parts; }
    public void setParts(String parts) { this.parts = parts; }
}
