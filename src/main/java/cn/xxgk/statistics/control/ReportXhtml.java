package cn.xxgk.statistics.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The annual report as XHTML for the letters' PDF renderer: the title, the six sections in the
 * national order (国办公开办函〔2021〕30号), the tables of 二 and 三 and the note on 四. Every value is
 * escaped; the stylesheet names the letters' embedded font family.
 */
public final class ReportXhtml {

    private static final String STYLE = """
            @page { size: A4; margin: 25mm 18mm 25mm 18mm;
                    @bottom-center { content: "— " counter(page) " —"; font-family: 'LetterSerif'; font-size: 10pt; } }
            body { font-family: 'LetterSerif', 'LetterFallback1'; font-size: 11pt; line-height: 1.5; }
            h1 { font-size: 18pt; text-align: center; font-weight: normal; }
            h2 { font-size: 13pt; margin: 12pt 0 6pt 0; }
            p { white-space: pre-line; text-indent: 2em; margin: 0 0 6pt 0; }
            table { border-collapse: collapse; width: 100%; font-size: 8.5pt; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #000; padding: 2pt 3pt; }
            td.n { text-align: right; }
            """;

    private ReportXhtml() {
    }

    public static String write(ReportContent c) {
        StringBuilder x = new StringBuilder(16_384);
        x.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>")
                .append(esc(title(c))).append("</title><style>").append(STYLE).append("</style></head><body>");
        x.append("<h1>").append(esc(title(c))).append("</h1>");
        section(x, "一、总体情况", c.overview());
        x.append("<h2>二、主动公开政府信息情况</h2><table><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th>"
                + "<th>现行有效件数</th></tr>");
        for (Object[] row : c.proactiveRows()) {
            x.append("<tr><td>").append(esc((String) row[0])).append("</td>");
            for (int i = 1; i < 4; i++) {
                x.append("<td class=\"n\">").append(i < row.length ? esc(String.valueOf(row[i])) : "").append("</td>");
            }
            x.append("</tr>");
        }
        x.append("</table>");
        x.append("<h2>三、收到和处理政府信息公开申请情况</h2><table><tr><th rowspan=\"2\">本列数据的勾稽关系为：第一项加第二项之和，"
                + "等于第三项加第四项之和</th><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th>"
                + "<th rowspan=\"2\">总计</th></tr><tr>");
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column != ApplicantColumn.NATURAL_PERSON && column != ApplicantColumn.TOTAL) {
                x.append("<th>").append(esc(column.label())).append("</th>");
            }
        }
        x.append("</tr>");
        for (RowCode row : RowCode.values()) {
            x.append("<tr><td>").append(esc(row.label())).append("</td>");
            for (ApplicantColumn column : ApplicantColumn.values()) {
                x.append("<td class=\"n\">").append(c.requests().count(row, column)).append("</td>");
            }
            x.append("</tr>");
        }
        x.append("</table>");
        if (c.review() == null) {
            section(x, "四、政府信息公开行政复议、行政诉讼情况", ReportContent.REVIEW_NOT_COMPUTED);
        } else {
            x.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table><tr><th></th>");
            for (String result : ReportXlsx.RESULTS) {
                x.append("<th>").append(esc(result)).append("</th>");
            }
            x.append("</tr>");
            for (var group : c.reviewGroups()) {
                var row = group.getValue();
                x.append("<tr><td>").append(esc(group.getKey())).append("</td>");
                for (long n : new long[] {row.upheld(), row.corrected(), row.other(), row.pending(), row.total()}) {
                    x.append("<td class=\"n\">").append(n).append("</td>");
                }
                x.append("</tr>");
            }
            x.append("</table>");
        }
        section(x, "五、存在的主要问题及改进情况", c.problems());
        String other = c.other() == null ? "" : c.other();
        if (c.feesCollected() != null) {
            other = other + (other.isEmpty() ? "" : "\n") + "本年度收取信息处理费" + c.feesCollected().toPlainString() + "元。";
        }
        section(x, "六、其他需要报告的事项", other);
        return x.append("</body></html>").toString();
    }

    /** The user-written texts the PDF prints (checked for characters no font has). */
    public static List<String> texts(ReportContent c) {
        List<String> texts = new ArrayList<>(List.of(title(c)));
        for (String t : new String[] {c.overview(), c.problems(), c.other()}) {
            if (t != null) {
                texts.add(t);
            }
        }
        return texts;
    }

    static String title(ReportContent c) {
        return (c.agency() == null ? "" : c.agency()) + c.year() + "年政府信息公开工作年度报告";
    }

    private static void section(StringBuilder x, String heading, String text) {
        x.append("<h2>").append(esc(heading)).append("</h2>");
        String body = text == null || text.isBlank() ? "无。" : text;
        x.append("<p>").append(esc(body)).append("</p>");
    }

    static String esc(String value) {
        return cn.xxgk.letter.boundary.Letters.xmlText(value); // the letters' escaping, one place
    }
}
