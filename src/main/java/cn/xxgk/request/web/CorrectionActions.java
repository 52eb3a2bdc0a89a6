package cn.xxgk.request.web;

import cn.xxgk.request.boundary.RequestProcedure;
import cn.xxgk.request.boundary.RequestReplies;
import cn.xxgk.request.entity.RequestStep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The correction on a request's page (Art. 30): the one notice with what to correct and by when,
 * the correction received (the reply period starts again from it), and the request abandoned when
 * no correction came in time. One boundary call each, with the version the page was loaded with.
 */
@Named
@ViewScoped
public class CorrectionActions implements Serializable {

    @Inject
    RequestProcedure procedure;

    @Inject
    RequestReplies replies;

    @Inject
    RequestView page;

    @Inject
    StepForms steps;

    private LocalDate day;
    private LocalDate correctBy;
    private String text;
    private String correctedDescription;

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

    private Long id() {
        return page.getId();
    }

    private long version() {
        return page.getRequest().getVersion();
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalDate getCorrectBy() { return correctBy; }
    public void setCorrectBy(LocalDate correctBy) { this.correctBy = correctBy; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getCorrectedDescription() { return correctedDescription; }
    public void setCorrectedDescription(String correctedDescription) { this.correctedDescription = correctedDescription; }
}
