package cn.xxgk.remedy.web;

import cn.xxgk.calendar.control.DeadlineKind;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.remedy.boundary.RemedyCases;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyKind;
import cn.xxgk.request.boundary.RequestReferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** The office's form for a new review or suit case of the request shown (WEB-INF/includes/remedy/cases.xhtml). */
@Named("remedyNewCase")
@ViewScoped
public class NewCaseForm implements Serializable {

    private static final Map<String, String> FIELD_OF_FLAW = Map.of(
            "remedy.invalid.body", "body", "remedy.invalid.receivedOn", "receivedOn",
            "remedy.invalid.receivedOnRange", "receivedOn", "remedy.invalid.copyReceivedOn", "copyReceivedOn",
            "remedy.invalid.reviewCase", "reviewCase", "remedy.invalid.kind", "kind",
            "input.tooLong", "body");

    @Inject RemedyCases cases;
    @Inject RequestReferences requests;
    @Inject FieldFlaws flaws;
    @Inject Messages messages;

    private RemedyKind kind = RemedyKind.REVIEW;
    private String body;
    private String caseNumber;
    private LocalDate receivedOn;
    private LocalDate copyReceivedOn;
    private Long reviewCaseId;

    public void open(Object requestId) {
        String number = requests.byId(RequestCasesView.id(requestId)).orElseThrow().number();
        RemedyCase opened = flaws.attempt("remedy-new", FIELD_OF_FLAW::get, () -> cases.open(new RemedyCases.NewCase(number,
                kind, kind == RemedyKind.SUIT_AFTER_REVIEW ? reviewCaseId : null, body, caseNumber, receivedOn, null,
                kind == RemedyKind.REVIEW ? copyReceivedOn : null)));
        if (opened != null) {
            messages.info(null, "remedy.page.opened");
            RequestCasesView.forget(requestId);
            body = null;
            caseNumber = null;
            receivedOn = null;
            copyReceivedOn = null;
            reviewCaseId = null;
        }
    }

    public RemedyKind[] getKinds() { return RemedyKind.values(); }
    public int getDefenceDays() { return DeadlineKind.REVIEW_DEFENCE.workingDays(); }
    public RemedyKind getKind() { return kind; }
    public void setKind(RemedyKind kind) { this.kind = kind; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public LocalDate getCopyReceivedOn() { return copyReceivedOn; }
    public void setCopyReceivedOn(LocalDate copyReceivedOn) { this.copyReceivedOn = copyReceivedOn; }
    public Long getReviewCaseId() { return reviewCaseId; }
    public void setReviewCaseId(Long reviewCaseId) { this.reviewCaseId = reviewCaseId; }
}
