package cn.xxgk.remedy.web;

import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.remedy.boundary.DocumentInfo;
import cn.xxgk.remedy.boundary.RemedyCases;
import cn.xxgk.remedy.boundary.RemedyRegistry;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs WEB-INF/includes/remedy/cases.xhtml: the review and suit cases of one request (its id is the
 * including page's ui:param requestId) and the decision of a pending one; a new case is {@link NewCaseForm}'s.
 */
@Named("remedyCasesView")
@ViewScoped
public class RequestCasesView implements Serializable {

    @Inject RemedyRegistry registry;
    @Inject RemedyCases cases;
    @Inject FieldFlaws flaws;
    @Inject Messages messages;

    private Long decideCaseId;
    private RemedyResult result;
    private LocalDate decidedOn;

    /** The request's cases, each with its defence deadline's status today (null without one); read once per HTTP request. */
    public List<Row> list(Object requestId) {
        Long id = id(requestId);
        if (id == null) {
            return List.of();
        }
        Map<Object, Object> perRequest = FacesContext.getCurrentInstance().getAttributes();
        @SuppressWarnings("unchecked")
        List<Row> rows = (List<Row>) perRequest.computeIfAbsent(RequestCasesView.class.getName() + "." + id,
                key -> rows(registry.ofRequest(id)));
        return rows;
    }

    private List<Row> rows(List<RemedyCase> found) {
        Map<Long, List<DocumentInfo>> documents = registry.documents(found.stream().map(RemedyCase::getId).toList())
                .stream().collect(Collectors.groupingBy(DocumentInfo::caseId));
        return found.stream().map(c -> new Row(c, registry.defenceDeadline(c).orElse(null),
                documents.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** The pending cases, for the decision form. */
    public List<RemedyCase> pending(Object requestId) {
        return list(requestId).stream().map(Row::c).filter(c -> !c.getResult().isDecided()).toList();
    }

    /** The decision of the chosen pending case; one decided meanwhile is refused (a case is decided once). */
    public void decide(Object requestId) {
        RemedyCase shown = pending(requestId).stream().filter(c -> c.getId().equals(decideCaseId)).findFirst().orElse(null);
        if (shown == null) {
            flaws.show("remedy-decide", "case", "remedy.invalid.alreadyDecided");
            return;
        }
        if (flaws.attempt("remedy-decide", key -> key.equals("remedy.invalid.decidedOn") ? "decidedOn" : "result",
                () -> cases.decide(shown.getId(), shown.getVersion(), result, decidedOn)) != null) {
            messages.info(null, "remedy.page.decided");
            forget(requestId);
            decideCaseId = null;
            result = null;
            decidedOn = null;
        }
    }

    public List<RemedyResult> getResults() { return List.of(RemedyResult.UPHELD, RemedyResult.CORRECTED, RemedyResult.OTHER); }
    public Long getDecideCaseId() { return decideCaseId; }
    public void setDecideCaseId(Long decideCaseId) { this.decideCaseId = decideCaseId; }
    public RemedyResult getResult() { return result; }
    public void setResult(RemedyResult result) { this.result = result; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }

    /** Drops the list read in this HTTP request, so that the page rendered after a change shows it. */
    static void forget(Object requestId) {
        FacesContext.getCurrentInstance().getAttributes().remove(RequestCasesView.class.getName() + "." + id(requestId));
    }

    static Long id(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString().strip());
    }

    /** A case as the table shows it. */
    public record Row(RemedyCase c, DeadlineStatus defence, List<DocumentInfo> documents) {
    }
}
