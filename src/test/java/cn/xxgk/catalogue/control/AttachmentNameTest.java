package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xxgk.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Names are made safe for screens, headers and the user's disk, and keep what a person recognises. */
class AttachmentNameTest {

    @Test
    void aChineseNameStaysAsItIs() {
        assertEquals("郑州市大数据管理局政府信息公开制度.pdf", AttachmentName.sanitise("郑州市大数据管理局政府信息公开制度.pdf"));
    }

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertEquals("通知.docx", AttachmentName.sanitise("C:\\Users\\张三\\Desktop\\通知.docx"));
        assertEquals("passwd.pdf", AttachmentName.sanitise("../../etc/passwd.pdf"));
    }

    @Test
    void controlAndBidirectionalCharactersAreDropped() {
        // U+202E would make "report\u202Efdp.exe" read as "reportexe.pdf"
        String cleaned = AttachmentName.sanitise("report\u202Efdp.exe");
        assertEquals("reportfdp.exe", cleaned);
        assertEquals("exe", AttachmentName.extension(cleaned));
        assertEquals("ab.pdf", AttachmentName.sanitise("a\u0000b\r\n.pdf"));
    }

    @Test
    void charactersWindowsForbidsAreReplacedAndSpacesTidied() {
        assertEquals("a_b_c_.pdf", AttachmentName.sanitise("a<b>c?.pdf"));
        assertEquals("年度 报告.pdf", AttachmentName.sanitise("  年度\t  报告.pdf. . "));
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        String name = AttachmentName.sanitise("长".repeat(300) + ".pdf");
        assertEquals(AttachmentName.MAX_LENGTH, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void nothingUsableIsRefused() {
        for (String bad : new String[] {null, "", "   ", "...", "C:\\dir\\", "\u202E"}) {
            assertEquals("attachment.invalid.nameRequired",
                    assertThrows(InvalidInputException.class, () -> AttachmentName.sanitise(bad)).messageKey(), bad);
        }
    }

    @Test
    void theExtensionIsWhatFollowsTheLastDot() {
        assertEquals("pdf", AttachmentName.extension("a.tar.PDF"));
        assertEquals("", AttachmentName.extension("README"));
        assertEquals("", AttachmentName.extension(".profile"));
        assertFalse(AttachmentName.extension("a.").equals("."));
    }
}
