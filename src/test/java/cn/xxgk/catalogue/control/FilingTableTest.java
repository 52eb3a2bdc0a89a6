package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FilingTableTest {

    @Test
    void cellsThatLookLikeFormulasAreDefusedInTheCsv() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1")) {
            assertEquals("'" + risky, FilingTable.defused(risky));
        }
        assertEquals("郑大数据〔2019〕23号", FilingTable.defused("郑大数据〔2019〕23号"));
        assertEquals("", FilingTable.defused(null));
    }

    @Test
    void theCsvStartsWithAByteOrderMarkThenTheHeaderAndQuotesWhatNeedsIt() {
        FilingTable table = new FilingTable("2026年", List.of(List.of("MB1532375/2026-00001", "郑州市大数据管理局",
                "综合政务", "关于\"数据\",共享的通知", "通知", "", "2026-01-05", "2026-01-06", "本局网站 2026-01-06", "1")));
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF索引号,发布机构,主题分类,标题,文种,文号,成文日期,发布日期,发布渠道,版本\r\n"), csv);
        assertTrue(csv.contains("MB1532375/2026-00001,郑州市大数据管理局,综合政务,\"关于\"\"数据\"\",共享的通知\",通知,,2026-01-05"), csv);
    }

    @Test
    void theXlsxHasABoldFrozenHeaderAndEveryCellAsText() throws Exception {
        FilingTable table = new FilingTable("2026年", List.of(List.of("MB1532375/2026-00001", "郑州市大数据管理局",
                "综合政务", "=1+1", "通知", "", "2026-01-05", "2026-01-06", "本局网站 2026-01-06", "1")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            Sheet sheet = book.getSheet("2026年");
            assertEquals(FilingTable.HEADER.get(0), sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
            Row first = sheet.getRow(1);
            assertEquals("MB1532375/2026-00001", first.getCell(0).getStringCellValue());
            // a value that looks like a formula or a date stays text
            assertEquals(CellType.STRING, first.getCell(3).getCellType());
            assertEquals("=1+1", first.getCell(3).getStringCellValue());
            assertEquals(CellType.STRING, first.getCell(6).getCellType());
            assertEquals("1", first.getCell(9).getStringCellValue());
        }
    }
}
