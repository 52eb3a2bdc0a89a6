package cn.xxgk.statistics.control;

import cn.xxgk.statistics.entity.AnnualReport;
import cn.xxgk.statistics.entity.ProactiveFigures;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything one annual report prints, whatever the format (JSON, PDF, XLSX): the agency, the year,
 * the office's texts, the section 二 figures, the computed request table (三). Section 四 (行政复议、
 * 行政诉讼) is not computed yet: the review and litigation cases live in another component not yet
 * merged, and the report says so instead of printing zeros.
 *
 * @param publishedOn null for a draft
 */
public record ReportContent(String agency, int year, String state, LocalDate publishedOn, String overview,
                            String problems, String other, BigDecimal feesCollected, ProactiveFigures figures,
                            RequestTable requests) {

    /** Printed where section 四 stands until the review and litigation cases are counted. */
    public static final String REVIEW_NOT_COMPUTED = "行政复议、行政诉讼情况暂未由本系统统计。";

    public static ReportContent of(String agency, AnnualReport report, RequestTable requests) {
        return new ReportContent(agency, report.getYear(), report.getState().name(), report.getPublishedOn(),
                report.getOverviewText(), report.getProblemsText(), report.getOtherText(), report.getFeesCollected(),
                report.getFigures(), requests);
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
