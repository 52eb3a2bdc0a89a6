package cn.xxgk.letter.control;

import static cn.xxgk.letter.control.LetterRendererTest.RENDERER;
import static cn.xxgk.letter.control.LetterRendererTest.assertContains;
import static cn.xxgk.letter.control.SampleLetters.AGENCY;
import static cn.xxgk.letter.control.SampleLetters.compact;
import static cn.xxgk.letter.control.SampleLetters.complete;
import static cn.xxgk.letter.control.SampleLetters.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * How a letter's PDF is made, read back from the PDF: what a user typed is shown as typed, every
 * character is printed from a font that has it (the bundled fallbacks for rare names) or refused,
 * the fonts are embedded as subsets on A4, and the file is declared PDF/A-2u.
 */
class LetterPdfTest {

    @Test
    void whatTheUserTypedIsShownLiterallyNeverAsMarkup() {
        LetterData data = complete(ReplyWording.OTHER)
                .applicantName("<b>李四</b> & 王五")
                .informationSought("<script>alert('x')</script> \"引号\" &amp; {{agencyName}}")
                .details("<p style=\"color:red\">红字</p>\u0000\u0007<img src=\"file:///etc/passwd\"/>")
                .build();

        String text = compact(text(RENDERER.render(LetterKind.REPLY, data)));

        assertContains(text, "<b>李四</b>&王五：");
        assertContains(text, "“<script>alert('x')</script>\"引号\"&amp;{{agencyName}}”");
        assertContains(text, "<pstyle=\"color:red\">红字</p><imgsrc=\"file:///etc/passwd\"/>");
    }

    @Test
    void aCharacterNoFontCanPrintIsRefusedNotPrintedAsAnotherOne() {
        LetterRenderer withoutFallback = new LetterRenderer(List.of(LetterFont.DEFAULT_CANDIDATES.split(",")));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> withoutFallback.render(LetterKind.RECEIPT,
                complete(null).applicantName("王𠀀明").details("ᚠ 喆堃镕赟").build()));

        assertEquals("letter.invalid.unprintable", refused.messageKey());
        assertEquals("𠀀 ᚠ", refused.arguments()[0]);
        assertTrue(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).containsKey("letter.invalid.unprintable"));
        // the rarer characters that the font does have are printed
        assertContains(compact(text(withoutFallback.render(LetterKind.RECEIPT, complete(null).applicantName("王喆堃镕赟昇玥").build()))),
                "王喆堃镕赟昇玥：");
    }

    @Test
    void rareCharactersOfANameArePrintedFromTheFallbackFonts() throws IOException {
        // Noto Serif SC has the unified ideographs and Extension A (㐂, U+3402) but hardly anything beyond:
        // 𠮷 (U+20BB7, Extension B) and 𪜀 (U+2A700, Extension C) are drawn from HanaMin B. Both fonts
        // come with the application: no font of the system is asked for.
        String name = "𠮷田㐂𪜀";
        byte[] pdf = RENDERER.render(LetterKind.RECEIPT, complete(null).applicantName(name).build());

        assertContains(compact(text(pdf)), name + "：");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (COSName fontName : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(fontName).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("HanaMinB")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerifSC")), fonts.toString());
            assertEquals(2, fonts.size(), fonts.toString());
        }
    }

    @Test
    void aLetterNeedsNoFontOfTheSystem() throws IOException {
        // the renderer as the server builds it by default: fonts inside the application only
        LetterRenderer fresh = new LetterRenderer(List.of(LetterFont.DEFAULT_CANDIDATES), List.of(LetterFont.DEFAULT_FALLBACKS));
        assertFalse(fresh.font().file().startsWith("/usr/share/fonts"), fresh.font().toString());
        fresh.fallbacks().forEach(f -> assertFalse(f.file().startsWith("/usr/share/fonts"), f.toString()));

        assertContains(compact(text(fresh.render(LetterKind.RECEIPT, complete(null).applicantName("王小明").build()))), "王小明：");
        assertContains(compact(text(fresh.render(LetterKind.RECEIPT, complete(null).applicantName("𠮷田㐂𪜀").build()))), "𠮷田㐂𪜀：");
    }

    @Test
    void aLetterWithoutRareCharactersEmbedsTheMainFontOnly() throws IOException {
        try (LetterRenderer.FontSet fonts = RENDERER.fontsFor(complete(null).applicantName("王喆堃").build())) {
            assertEquals(1, fonts.size());
        }
    }

    @Test
    void whatEvenTheFallbacksLackIsRefused() {
        // U+30000 and U+31350 are in CJK Extensions G and H (Unicode 13 and 15, 2020 and 2022), newer than HanaMin (2017).
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RENDERER.render(LetterKind.RECEIPT,
                complete(null).applicantName("王𠮷\uD840\uDC00\uD880\uDC00").details("\uD884\uDF50").build()));

        assertEquals("letter.invalid.unprintable", refused.messageKey());
        assertEquals("\uD880\uDC00 \uD884\uDF50", refused.arguments()[0]);
    }

    @Test
    void theLetterIsDeclaredPdfA2uWithAnOutputIntent() throws IOException {
        try (PDDocument document = Loader.loadPDF(RENDERER.render(LetterKind.RECEIPT, complete(null).build()))) {
            assertFalse(document.getDocumentCatalog().getOutputIntents().isEmpty(), "output intent");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"), xmp);
        }
    }

    @Test
    void lineBreaksTheUserTypedAreKept() {
        String text = text(RENDERER.render(LetterKind.CORRECTION_NOTICE,
                complete(null).details("一、请写明资金的年度。\r\n二、请写明项目名称。").build()));

        List<String> lines = text.lines().map(String::strip).toList();
        assertTrue(lines.contains("一、请写明资金的年度。"), text);
        assertTrue(lines.contains("二、请写明项目名称。"), text);
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndNoOtherFontIsUsedOnAnA4Page() throws IOException {
        byte[] pdf = RENDERER.render(LetterKind.REPLY, complete(ReplyWording.PARTLY_DISCLOSED).build());

        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1f);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1f);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a CID font");
                    PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                    assertTrue(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null, font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                }
            }
            assertEquals(AGENCY, document.getDocumentInformation().getAuthor().replace("（MB1532375）", ""));
            assertEquals("政府信息公开申请答复书", document.getDocumentInformation().getTitle());
        }
        assertFalse(fonts.isEmpty());
        // A subset: far smaller than the 20 MB font file.
        assertTrue(pdf.length < 300_000, "PDF of " + pdf.length + " bytes");
    }
}
