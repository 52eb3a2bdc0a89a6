package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.platform.control.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading an office's historical catalogue: formats told by content, encodings, whole-file refusals. */
class CatalogueFileTest {

    static final String HEADER = "索引号,发布机构,主题分类,成文日期,发布日期,文号,文种,标题,正文\r\n";
    static final String ROW = "MB1532375/2018-00007,郑州市大数据管理局,综合政务,2018-03-01,2018-03-05,郑大数据〔2018〕7号,通知,"
            + "关于\"数据\"共享的通知,\"第一段，\r\n第二段\"\r\n";

    static String refusal(byte[] content, String charset) {
        return assertThrows(InvalidInputException.class, () -> CatalogueFile.read(content, charset)).messageKey();
    }

    @Test
    void aUtf8CsvIsReadWithRowNumbersAsASpreadsheetShowsThem() {
        CatalogueFile.Parsed parsed = CatalogueFile.read((HEADER + ROW + "\r\n" + ROW).getBytes(StandardCharsets.UTF_8), null);

        assertEquals("CSV", parsed.format());
        assertEquals("UTF-8", parsed.charset());
        assertEquals(2, parsed.rows().size());
        SourceRow first = parsed.rows().getFirst();
        assertEquals(2, first.number());
        assertEquals("MB1532375/2018-00007", first.get(ImportColumn.INDEX_NUMBER));
        assertEquals("关于\"数据\"共享的通知", first.get(ImportColumn.TITLE));
        assertEquals("第一段，\r\n第二段", first.get(ImportColumn.BODY));
        assertNull(first.get(ImportColumn.KEY_CONTENT));
    }

    @Test
    void aGbkCsvIsDetectedWhenItIsNotUtf8AndACharsetParameterIsObeyed() {
        byte[] gbk = ("\uFEFF".repeat(0) + HEADER + ROW).getBytes(Charset.forName("GBK"));

        CatalogueFile.Parsed detected = CatalogueFile.read(gbk, null);
        assertEquals("GB18030", detected.charset());
        assertEquals("综合政务", detected.rows().getFirst().get(ImportColumn.SUBJECT));

        CatalogueFile.Parsed given = CatalogueFile.read(gbk, "GBK");
        assertEquals("GBK", given.charset());
        assertEquals("郑州市大数据管理局", given.rows().getFirst().get(ImportColumn.ISSUING_AGENCY));

        assertEquals("import.file.encoding", refusal(gbk, "UTF-8"));
        assertEquals("import.file.unknownCharset", refusal(gbk, "KLINGON-8"));
    }

    @Test
    void aByteOrderMarkAndTheTemplatesMarkersOnColumnNamesAreIgnored() {
        String header = "\uFEFF索引号*,主题分类（必填）, 成文日期 ,发布日期,标题,正文\n";
        CatalogueFile.Parsed parsed = CatalogueFile.read((header + "MB1532375/2018-00001,综合政务,2018-01-02,2018-01-03,标题,正文\n")
                .getBytes(StandardCharsets.UTF_8), null);

        assertEquals("MB1532375/2018-00001", parsed.rows().getFirst().get(ImportColumn.INDEX_NUMBER));
        assertEquals("2018-01-02", parsed.rows().getFirst().get(ImportColumn.WRITTEN_DATE));
    }

    @Test
    void anXlsxIsReadFromItsFirstSheetWithDateCellsAsDates() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("目录");
            String[] header = {"索引号", "主题分类", "成文日期", "发布日期", "标题", "正文", "重点公开内容类别"};
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("MB1532375/2018-00009");
            row.createCell(1).setCellValue("工业、交通");
            row.createCell(2).setCellValue(LocalDate.of(2018, 4, 2));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue("2018/4/8");
            row.createCell(4).setCellValue("大数据产业发展情况");
            row.createCell(5).setCellValue("正文");
            row.createCell(6).setCellValue("大数据产业工作进展情况");
            book.write(out);
            xlsx = out.toByteArray();
        }

        CatalogueFile.Parsed parsed = CatalogueFile.read(xlsx, null);

        assertEquals("XLSX", parsed.format());
        SourceRow row = parsed.rows().getFirst();
        assertEquals(2, row.number());
        assertEquals("2018-04-02", row.get(ImportColumn.WRITTEN_DATE));
        assertEquals("2018/4/8", row.get(ImportColumn.PUBLISHED_DATE));
        assertEquals("大数据产业工作进展情况", row.get(ImportColumn.KEY_CONTENT));
    }

    @Test
    void filesThatCannotBeReadAsAWholeAreRefusedWithTheirReason() {
        assertEquals("import.file.empty", refusal(new byte[0], null));
        assertEquals("import.file.tooLarge", refusal(new byte[CatalogueFile.MAX_BYTES + 1], null));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("import.file.notTable", refusal(png, null));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("import.file.oldExcel", refusal(xls, null));
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertEquals("import.file.xlsxBroken", refusal(brokenZip, null));
        assertEquals("import.file.columnsMissing", refusal("标题,正文\n甲,乙\n".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("import.file.columnTwice", refusal((HEADER.strip() + ",标题\n").getBytes(StandardCharsets.UTF_8), null));
        assertEquals("import.file.csvBroken", refusal((HEADER + "MB1532375/2018-00007,\"未闭合").getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void blankRowsAreSkippedAndAHeaderAloneHasNoRows() {
        assertEquals(0, CatalogueFile.read((HEADER + ",,,,,,,,\r\n").getBytes(StandardCharsets.UTF_8), null).rows().size());
    }
}
