package cn.xxgk.letter.control;

import static cn.xxgk.letter.control.LetterRendererTest.RENDERER;
import static cn.xxgk.letter.control.LetterRendererTest.assertContains;
import static cn.xxgk.letter.control.SampleLetters.compact;
import static cn.xxgk.letter.control.SampleLetters.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The archive's record sheet goes through the letters' pipeline: PDF/A-2u, embedded font, text as typed. */
class RecordSheetTest {

    @Test
    void aRecordSheetIsPdfA2uWithItsFieldsAndHistoryAsTyped() throws Exception {
        RecordSheet sheet = new RecordSheet("归档登记表：申请 2026-0001", "2026-D10-MB1532375-0001",
                List.of(new RecordSheet.Field("申请人", "<b>刘洋</b>"), new RecordSheet.Field("所需信息", "政府信息公开指南")),
                List.of(new RecordSheet.Table("办理过程", List.of("时间", "步骤"),
                        List.of(List.of("2026-03-02 09:00:00", "REGISTERED → ACCEPTED"), List.of("2026-03-05 10:00:00", "REPLIED")))));

        byte[] pdf = RENDERER.render(sheet);

        String text = compact(text(pdf));
        assertContains(text, "2026-D10-MB1532375-0001");
        assertContains(text, "<b>刘洋</b>");
        assertContains(text, "REPLIED");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"), xmp);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName().contains("NotoSerifSC") && font.isEmbedded(), "only the embedded font: " + font.getName());
                }
            }
        }
    }
}
