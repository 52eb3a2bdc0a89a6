package cn.xxgk.statistics.control;

import cn.xxgk.remedy.boundary.RemedyTally;
import cn.xxgk.statistics.entity.AnnualReport;
import cn.xxgk.statistics.entity.ProactiveFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one annual report prints, whatever the format (JSON, PDF, XLSX): the agency, the year,
 * the office's texts, the section 二 figures, the computed request table (三) and section 四 (行政复议、
 * 行政诉讼) as the remedy component tallies the year's review and litigation cases.
 *
 * @param publishedOn null for a draft
 * @param review null when section 四 was not computed (a report published before it was), printed as a note
 */
public record ReportContent(String agency, int year, String state, LocalDate publishedOn, String overview,
                            String problems, String other, BigDecimal feesCollected, ProactiveFigures figures,
                            RequestTable requests, RemedyTally review) {

    /** Printed where section 四 stands when the review and litigation cases were not counted. */
    public static final String REVIEW_NOT_COMPUTED = "行政复议、行政诉讼情况暂未由本系统统计。";

    public static ReportContent of(String agency, AnnualReport report, RequestTable requests, RemedyTally review) {
        return new ReportContent(agency, report.getYear(), report.getState().name(), report.getPublishedOn(),
                report.getOverviewText(), report.getProblemsText(), report.getOtherText(), report.getFeesCollected(),
                report.getFigures(), requests, review);
    }

    /** Section 四's three groups (复议; 诉讼 未经复议直接起诉; 诉讼 复议后起诉) with their names, in the form's order. */
    public List<Map.Entry<String, RemedyTally.Row>> reviewGroups() {
        return review == null ? List.of() : List.of(Map.entry("行政复议", review.review()),
                Map.entry("行政诉讼（未经复议直接起诉）", review.suitWithoutReview()),
                Map.entry("行政诉讼（复议后起诉）", review.suitAfterReview()));
    }

    /** The section 二 rows: label, unit and the figures (本年制发件数, 本年废止件数, 现行有效件数, or one figure). */
    public Object[][] proactiveRows() {
        ProactiveFigures f = figures;
        return new Object[][] {
            {"规章", n(f.getRulesMade()), n(f.getRulesRepealed()), n(f.getRulesInForce())},
            {"行政规范性文件", n(f.getNormativeMade()), n(f.getNormativeRepealed()), n(f.getNormativeInForce())},
            {"行政许可（本年处理决定数量）", n(f.getLicensingDecisions())},
            {"行政处罚（本年处理决定数量）", n(f.getPunishmentDecisions())},
            {"行政强制（本年处理决定数量）", n(f.getEnforcementDecisions())},
            {"行政事业性收费（本年收费金额，万元）", f.getAdminFeesAmount() == null ? BigDecimal.ZERO : f.getAdminFeesAmount()},
        };
    }

    private static Object n(Integer value) {
        return value == null ? 0 : value;
    }
}
