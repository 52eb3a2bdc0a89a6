package cn.xxgk.assessment.control;

import cn.xxgk.assessment.entity.AssessmentRecord;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The year's assessment as XLSX: one sheet of figures per department (numbers as numbers, so that
 * the office can sort and sum them), one of the commendation and accountability records.
 */
public final class AssessmentWorkbook {

    static final List<String> FIGURES = List.of("处室", "本年发布（主动公开）", "按时发布", "逾期未发布", "按时发布率（%）",
            "逾期工作日合计", "最长逾期工作日", "负责的重点公开内容", "本年已有发布", "尚无发布", "本年答复申请", "按期答复",
            "按期答复率（%）", "满意度评价数", "满意度平均分", "表扬", "问责");
    static final List<String> RECORDS = List.of("处室", "年度", "类别", "人员", "事由", "登记人", "登记时间");

    private AssessmentWorkbook() {
    }

    /** {@code categoryNames} gives the Chinese name of each key content category; {@code kindNames} of each record kind. */
    public static byte[] xlsx(int year, List<DepartmentAssessment> rows, List<AssessmentRecord> records,
                              Map<Long, String> departments, Function<KeyContentCategory, String> categoryNames,
                              Function<Enum<?>, String> kindNames) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "xxgk", "1.0");
            Worksheet sheet = workbook.newWorksheet(year + "年度考核");
            header(sheet, FIGURES);
            int r = 1;
            for (DepartmentAssessment a : rows) {
                int c = 0;
                sheet.value(r, c++, a.departmentName());
                sheet.value(r, c++, a.published());
                sheet.value(r, c++, a.publishedOnTime());
                sheet.value(r, c++, a.overdueUnpublished());
                number(sheet, r, c++, a.publicationOnTimePercent());
                sheet.value(r, c++, a.workingDaysLate());
                sheet.value(r, c++, a.maxWorkingDaysLate());
                sheet.value(r, c++, names(a.responsible(), categoryNames));
                sheet.value(r, c++, names(a.covered(), categoryNames));
                sheet.value(r, c++, names(a.missing(), categoryNames));
                sheet.value(r, c++, a.replies());
                sheet.value(r, c++, a.repliesOnTime());
                number(sheet, r, c++, a.replyOnTimePercent());
                sheet.value(r, c++, a.ratings());
                number(sheet, r, c++, a.averageRating());
                sheet.value(r, c++, a.commendations());
                sheet.value(r++, c, a.accountabilities());
            }
            sheet.freezePane(1, 1);
            Worksheet recordSheet = workbook.newWorksheet("表扬与问责");
            header(recordSheet, RECORDS);
            r = 1;
            for (AssessmentRecord record : records) {
                recordSheet.value(r, 0, departments.getOrDefault(record.getDepartmentId(), String.valueOf(record.getDepartmentId())));
                recordSheet.value(r, 1, record.getYear());
                recordSheet.value(r, 2, kindNames.apply(record.getKind()));
                recordSheet.value(r, 3, record.getPerson() == null ? "" : record.getPerson());
                recordSheet.value(r, 4, record.getReason());
                recordSheet.value(r, 5, record.getRecordedBy());
                recordSheet.value(r++, 6, record.getRecordedAt().toString().replace('T', ' '));
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    private static void number(Worksheet sheet, int r, int c, Double value) {
        if (value != null) {
            sheet.value(r, c, Math.round(value * 10) / 10.0);
        }
    }

    private static String names(List<KeyContentCategory> categories, Function<KeyContentCategory, String> categoryNames) {
        return categories.stream().map(categoryNames).collect(Collectors.joining("、"));
    }
}
