package cn.xxgk.catalogue.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The filing export (备案表) the office sends to the municipal open-government office: one row
 * per published entry with the header fields, written as XLSX or CSV. Cells are text (a
 * spreadsheet must not turn an index number or a date into something else); a CSV cell that
 * starts like a formula is prefixed with an apostrophe so that no spreadsheet runs it.
 */
public final class FilingTable {

    public static final List<String> HEADER = List.of("索引号", "发布机构", "主题分类", "标题", "文种", "文号", "成文日期",
            "发布日期", "发布渠道", "版本");

    private final String sheetName;
    private final List<List<String>> rows;

    public FilingTable(String sheetName, List<List<String>> rows) {
        this.sheetName = sheetName;
        this.rows = List.copyOf(rows);
    }

    public byte[] xlsx() {
        // a streaming writer: a year of a large agency is thousands of rows, written out as they come
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "xxgk", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    sheet.value(r + 1, c, values.get(c) == null ? "" : values.get(c));
                }
                if (r % 1000 == 999) {
                    sheet.flush();
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, so that Excel on a Chinese Windows reads the characters right. */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // before the printer: it writes the header as soon as it is made
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(HEADER.toArray(String[]::new)).get());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(FilingTable::defused).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
