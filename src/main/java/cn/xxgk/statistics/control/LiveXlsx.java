package cn.xxgk.statistics.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** One live statistics table as an XLSX workbook: the labels, one column per count, a total column. */
public final class LiveXlsx {

    private LiveXlsx() {
    }

    /** @param text translates a message key into the words to print */
    public static byte[] write(StatTable table, int year, UnaryOperator<String> text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "xxgk", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.id());
            sheet.value(0, 0, year + " " + text.apply(table.titleKey()));
            sheet.style(0, 0).bold().set();
            sheet.value(1, 0, text.apply("statistics.live.key"));
            for (int c = 0; c < table.columnKeys().size(); c++) {
                sheet.value(1, c + 1, text.apply(table.columnKeys().get(c)));
            }
            int totalColumn = table.columnKeys().size() + 1;
            sheet.value(1, totalColumn, "合计");
            int r = 2;
            for (StatTable.Row row : table.rows()) {
                sheet.value(r, 0, row.labelIsKey() ? text.apply(row.label()) : row.label());
                for (int c = 0; c < row.counts().size(); c++) {
                    sheet.value(r, c + 1, row.counts().get(c));
                }
                sheet.value(r, totalColumn, row.total());
                r++;
            }
            sheet.width(0, 30);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
