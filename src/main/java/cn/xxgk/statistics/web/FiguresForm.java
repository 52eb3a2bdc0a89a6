package cn.xxgk.statistics.web;

import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import cn.xxgk.statistics.boundary.AnnualReports;
import cn.xxgk.statistics.entity.ProactiveFigures;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The section 二 figures of the annual report the office enters (the system does not hold their
 * source): rules and normative documents made, repealed and in force; licensing, punishment and
 * enforcement decisions; administrative fees in 万元.
 */
@Named
@ViewScoped
public class FiguresForm implements Serializable {

    @Inject
    ReportView report;

    @Inject
    transient AnnualReports reports;

    @Inject
    transient FieldFlaws flaws;

    @Inject
    transient Messages messages;

    private Integer[] counts;
    private BigDecimal adminFees;

    /** The figures as saved, read once per view. */
    public Integer[] getCounts() {
        if (counts == null) {
            ProactiveFigures f = report.getDraft() == null ? new ProactiveFigures() : report.getDraft().report().getFigures();
            counts = new Integer[] {f.getRulesMade(), f.getRulesRepealed(), f.getRulesInForce(), f.getNormativeMade(),
                f.getNormativeRepealed(), f.getNormativeInForce(), f.getLicensingDecisions(), f.getPunishmentDecisions(),
                f.getEnforcementDecisions()};
            adminFees = f.getAdminFeesAmount();
        }
        return counts;
    }

    public void save() {
        Integer[] c = getCounts();
        ProactiveFigures figures = new ProactiveFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], adminFees);
        if (flaws.attempt("figures", key -> null, () -> reports.enter(report.getYear(), report.version(), figures)) != null) {
            messages.info(null, "statistics.report.saved");
            report.load();
        }
    }

    public BigDecimal getAdminFees() {
        getCounts();
        return adminFees;
    }

    public void setAdminFees(BigDecimal adminFees) { this.adminFees = adminFees; }
}
