package cn.xxgk.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.letter.control.LetterFont;
import cn.xxgk.letter.control.LetterRenderer;
import cn.xxgk.statistics.entity.ProactiveFigures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The published forms of an annual report: XLSX read back, JSON by row code, PDF/A with the letters' font. */
class ReportFormatsTest {

    static final RequestTable TABLE = RequestTable.of(RequestTableTest.year());

    static final ReportContent CONTENT = new ReportContent("郑州市大数据管理局", 2025, "PUBLISHED", LocalDate.of(2026, 1, 20),
            "2025年，本局认真贯彻《中华人民共和国政府信息公开条例》。", "问题：公开时效有待提高。", "无其他事项。",
            new BigDecimal("300.00"), new ProactiveFigures(1, 0, 5, 3, 1, 12, 40, 7, 2, new BigDecimal("12.5")), TABLE);

    @Test
    @DisplayName("国办公开办函〔2021〕30号: the XLSX's request sheet has every row code and the seven columns, read back cell for cell")
    void theXlsxReadsBackInTheNationalLayout() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(CONTENT)))) {
            Sheet sheet = workbook.getSheet(ReportXlsx.REQUEST_SHEET);
            assertEquals("法人或其他组织 商业企业", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("总计", sheet.getRow(1).getCell(8).getStringCellValue());
            RowCode[] rows = RowCode.values();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.getRow(r + 2);
                assertEquals(rows[r].code(), row.getCell(0).getStringCellValue());
                ApplicantColumn[] columns = ApplicantColumn.values();
                for (int c = 0; c < columns.length; c++) {
                    assertEquals(TABLE.count(rows[r], columns[c]), (long) row.getCell(c + 2).getNumericCellValue(),
                            rows[r].code() + " " + columns[c]);
                }
            }
            Sheet proactive = workbook.getSheet("二、主动公开");
            assertEquals("规章", proactive.getRow(1).getCell(0).getStringCellValue());
            assertEquals(5, (int) proactive.getRow(1).getCell(3).getNumericCellValue(), "规章 现行有效件数");
            assertEquals(12.5, proactive.getRow(6).getCell(1).getNumericCellValue(), 1e-9, "行政事业性收费 万元");
        }
    }

    @Test
    void theJsonKeysTheRequestTableByRowCodeWithTheSevenColumns() {
        JsonObject json = Json.createReader(new StringReader(ReportJson.write(CONTENT))).readObject();
        JsonObject requests = json.getJsonObject("requests");
        assertEquals(RowCode.values().length, requests.size());
        assertEquals(List.of("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORGANISATION",
                "LEGAL_SERVICE_INSTITUTION", "OTHER_ORGANISATION", "TOTAL"), List.copyOf(requests.getJsonObject("3.3.1").keySet()));
        assertEquals(TABLE.count(RowCode.NEW, ApplicantColumn.TOTAL), requests.getJsonObject("1").getJsonNumber("TOTAL").longValue());
        assertEquals(TABLE.asMap(), ReportJson.requestTable(json.toString()).asMap());
        assertEquals(12, json.getJsonObject("proactive").getJsonObject("normativeDocuments").getInt("inForce"));
        assertEquals("2026-01-20", json.getString("publishedOn"));
    }

    @Test
    @DisplayName("the PDF is PDF/A-2u with the letters' font, its text extractable")
    void thePdfIsPdfAWithItsTextExtractable() throws Exception {
        LetterRenderer renderer = new LetterRenderer(List.of(LetterFont.DEFAULT_CANDIDATES.split(",")));
        byte[] pdf = renderer.renderDocument(ReportXhtml.write(CONTENT), ReportXhtml.texts(CONTENT), "test report");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("郑州市大数据管理局2025年政府信息公开工作年度报告"), text);
            assertTrue(text.contains("三、收到和处理政府信息公开申请情况"), text);
            assertTrue(text.contains("本年度收取信息处理费300.00元"), text);
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
        }
    }
}
