package cn.xxgk.statistics.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The annual report as an XLSX workbook in the national layout (国办公开办函〔2021〕30号): one sheet per
 * table: 二 主动公开, 三 依申请公开 (the request table: row code, the form's words, the seven applicant
 * columns), 四 行政复议、行政诉讼 (a note while it is not computed), and one with the texts.
 */
public final class ReportXlsx {

    /** The sheet of section 三, read back by the tests. */
    public static final String REQUEST_SHEET = "三、依申请公开";

    private ReportXlsx() {
    }

    public static byte[] write(ReportContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "xxgk", "1.0");
            texts(workbook.newWorksheet("一五六、文字部分"), c);
            proactive(workbook.newWorksheet("二、主动公开"), c);
            requests(workbook.newWorksheet(REQUEST_SHEET), c);
            Worksheet review = workbook.newWorksheet("四、行政复议行政诉讼");
            review.value(0, 0, "四、政府信息公开行政复议、行政诉讼情况");
            review.value(1, 0, ReportContent.REVIEW_NOT_COMPUTED);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void texts(Worksheet sheet, ReportContent c) {
        sheet.value(0, 0, (c.agency() == null ? "" : c.agency()) + c.year() + "年政府信息公开工作年度报告");
        sheet.style(0, 0).bold().set();
        String[][] rows = {{"一、总体情况", c.overview()}, {"五、存在的主要问题及改进情况", c.problems()},
            {"六、其他需要报告的事项", c.other()}};
        for (int i = 0; i < rows.length; i++) {
            sheet.value(i + 1, 0, rows[i][0]);
            sheet.value(i + 1, 1, rows[i][1] == null ? "" : rows[i][1]);
        }
        sheet.value(4, 0, "信息处理费（元）");
        sheet.value(4, 1, c.feesCollected() == null ? BigDecimal.ZERO : c.feesCollected());
        sheet.width(1, 80);
    }

    private static void proactive(Worksheet sheet, ReportContent c) {
        String[] header = {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"};
        for (int i = 0; i < header.length; i++) {
            sheet.value(0, i, header[i]);
            sheet.style(0, i).bold().set();
        }
        Object[][] rows = c.proactiveRows();
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r + 1, 0, (String) rows[r][0]);
            for (int i = 1; i < rows[r].length; i++) {
                if (rows[r][i] instanceof Integer n) {
                    sheet.value(r + 1, i, n);
                } else {
                    sheet.value(r + 1, i, (BigDecimal) rows[r][i]);
                }
            }
        }
        sheet.width(0, 36);
    }

    private static void requests(Worksheet sheet, ReportContent c) {
        sheet.value(0, 0, "行");
        sheet.value(0, 1, "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和");
        sheet.value(0, 2, "申请人情况");
        ApplicantColumn[] columns = ApplicantColumn.values();
        for (int i = 0; i < columns.length; i++) {
            String group = i == 0 || i == columns.length - 1 ? "" : "法人或其他组织 ";
            sheet.value(1, i + 2, group + columns[i].label());
            sheet.style(1, i + 2).bold().set();
        }
        int r = 2;
        for (RowCode row : RowCode.values()) {
            sheet.value(r, 0, row.code());
            sheet.value(r, 1, row.label());
            for (int i = 0; i < columns.length; i++) {
                sheet.value(r, i + 2, c.requests().count(row, columns[i]));
            }
            r++;
        }
        sheet.width(1, 60);
    }
}
