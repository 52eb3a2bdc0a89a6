package cn.xxgk.statistics.web;

import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.statistics.boundary.AnnualReportDraft;
import cn.xxgk.statistics.boundary.AnnualReports;
import cn.xxgk.statistics.control.RowComparison;
import cn.xxgk.statistics.entity.AnnualReport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 政府信息公开工作年度报告: a year's report as the office works on it (texts beside last year's, the
 * request table beside last year's, the balance check) and the office head's approval and
 * publication. The section 二 figures have their own form ({@link FiguresForm}).
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    static final String FORM = "report";
    static final Map<String, String> FIELDS = Map.of(
            "statistics.invalid.textTooLong.overview", "overview",
            "statistics.invalid.textTooLong.problems", "problems",
            "statistics.invalid.textTooLong.other", "other",
            "statistics.invalid.fees", "fees",
            "statistics.invalid.overviewRequired", "overview");

    @Inject
    transient AnnualReports reports;

    @Inject
    transient FieldFlaws flaws;

    @Inject
    transient Messages messages;

    private int year;
    private transient AnnualReportDraft draft;
    private long version;
    private String overview;
    private String problems;
    private String other;
    private BigDecimal fees;

    public void load() {
        draft = null;
        try {
            draft = reports.draft(year);
        } catch (InvalidInputException refused) {
            flaws.show(FORM, null, refused.messageKey(), refused.arguments());
            return;
        }
        AnnualReport r = draft.report();
        version = r.getId() == null ? -1 : r.getVersion();
        overview = r.getOverviewText();
        problems = r.getProblemsText();
        other = r.getOtherText();
        fees = r.getFeesCollected();
    }

    public void saveTexts() {
        act(() -> reports.write(year, version, overview, problems, other, fees));
    }

    public void approve() {
        act(() -> reports.approve(year, version));
    }

    public void publish() {
        act(() -> reports.publish(year, version));
    }

    private void act(java.util.function.Supplier<AnnualReport> command) {
        if (flaws.attempt(FORM, FIELDS::get, command) != null) {
            messages.info(null, "statistics.report.saved");
            load();
        }
    }

    public List<RowComparison> getRows() {
        return getDraft() == null ? List.of() : RowComparison.of(draft.table(), draft.lastYear());
    }

    public String getUnbalanced() {
        return getDraft() == null || draft.unbalanced().isEmpty() ? "—" : String.join("、", draft.unbalanced());
    }

    /** The draft, computed again if the view was restored without it. */
    public AnnualReportDraft getDraft() {
        if (draft == null && year != 0 && !FacesContext.getCurrentInstance().isValidationFailed()) {
            try {
                draft = reports.draft(year);
            } catch (InvalidInputException refused) {
                return null;
            }
        }
        return draft;
    }

    long version() { return version; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getOverview() { return overview; }
    public void setOverview(String overview) { this.overview = overview; }
    public String getProblems() { return problems; }
    public void setProblems(String problems) { this.problems = problems; }
    public String getOther() { return other; }
    public void setOther(String other) { this.other = other; }
    public BigDecimal getFees() { return fees; }
    public void setFees(BigDecimal fees) { this.fees = fees; }
}
