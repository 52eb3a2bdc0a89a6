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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
        // streaming workbook: a year of a large agency is thousands of rows, kept 100 at a time in memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
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
