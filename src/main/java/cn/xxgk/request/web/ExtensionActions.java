package cn.xxgk.request.web;

import cn.xxgk.request.boundary.RequestExtensions;
import cn.xxgk.request.entity.RequestStep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The extension on a request's page (Art. 33): the handler's request, the office head's decision. */
@Named
@ViewScoped
public class ExtensionActions implements Serializable {

    @Inject
    RequestExtensions extensions;

    @Inject
    RequestView page;

    @Inject
    StepForms steps;

    private Integer workingDays;
    private String reason;
    private String comment;

    public String request() {
        return steps.attempt("extension", () -> steps.done(extensions.requestExtension(id(), version(),
                workingDays == null ? 0 : workingDays, reason), RequestStep.EXTENSION_REQUESTED));
    }

    public String approve() {
        return steps.attempt("extension-decision", () -> steps.done(extensions.decideExtension(id(), version(), true,
                comment), RequestStep.EXTENSION_APPROVED));
    }

    public String refuse() {
        return steps.attempt("extension-decision", () -> steps.done(extensions.decideExtension(id(), version(), false,
                comment), RequestStep.EXTENSION_REFUSED));
    }

    private Long id() {
        return page.getId();
    }

    private long version() {
        return page.getRequest().getVersion();
    }

    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
