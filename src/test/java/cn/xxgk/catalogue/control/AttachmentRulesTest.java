package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.catalogue.entity.AttachmentType;
import cn.xxgk.platform.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Size limits and the agreement of the name's extension with the detected content. */
class AttachmentRulesTest {

    final AttachmentRules rules = new AttachmentRules(AttachmentRules.DEFAULT_MAX_BYTES);

    @Test
    void theDefaultLimitIsTwentyMegabytes() {
        assertEquals(20L * 1024 * 1024, rules.maxBytes());
        assertEquals("20 MB", rules.limitText());
        assertEquals("512 KB", new AttachmentRules(512 * 1024).limitText());
        assertEquals("1000 B", new AttachmentRules(1000).limitText());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("attachment.invalid.empty",
                assertThrows(InvalidInputException.class, () -> rules.checkSize(0)).messageKey());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsNot() {
        rules.checkSize(rules.maxBytes());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> rules.checkSize(rules.maxBytes() + 1));
        assertEquals("attachment.invalid.tooLarge", refused.messageKey());
        assertArrayEquals(new Object[] {"20 MB"}, refused.arguments());
    }

    @Test
    void aMatchingNameAndContentIsAccepted() {
        assertEquals(AttachmentType.PDF, rules.checkType("关于印发制度的通知.pdf", "application/pdf"));
        assertEquals(AttachmentType.PDF, rules.checkType("SCAN.PDF", "application/pdf"));
        assertEquals(AttachmentType.DOC, rules.checkType("报告.wps", "application/msword"));
        assertEquals(AttachmentType.XLS, rules.checkType("预算.et", "application/vnd.ms-excel"));
        assertEquals(AttachmentType.JPEG, rules.checkType("photo.jpeg", "image/jpeg"));
        assertEquals(AttachmentType.OFD, rules.checkType("公文.ofd", "application/ofd"));
    }

    @Test
    void anHtmlPageNamedPdfIsRefusedAsDisguised() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> rules.checkType("通知.pdf", "text/html"));
        assertEquals("attachment.invalid.disguised", refused.messageKey());
        assertArrayEquals(new Object[] {"通知.pdf", ".pdf", "PDF", "text/html"}, refused.arguments());
    }

    @Test
    void anAllowedTypeUnderAnotherAllowedExtensionIsDisguisedToo() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> rules.checkType("photo.jpg", "image/png"));
        assertEquals("attachment.invalid.disguised", refused.messageKey());
        assertEquals("PNG", refused.arguments()[3]);
        assertEquals("attachment.invalid.disguised", assertThrows(InvalidInputException.class,
                () -> rules.checkType("budget.docx", AttachmentType.XLSX.mediaType())).messageKey());
    }

    @Test
    void aTypeThatIsNotAllowedIsRefusedAsUnsupported() {
        assertEquals("attachment.invalid.unsupported", assertThrows(InvalidInputException.class,
                () -> rules.checkType("setup.exe", "application/x-msdownload")).messageKey());
        assertEquals("attachment.invalid.unsupported", assertThrows(InvalidInputException.class,
                () -> rules.checkType("page.html", "text/html")).messageKey());
        // allowed content, but a name without an allowed extension
        assertEquals("attachment.invalid.unsupported", assertThrows(InvalidInputException.class,
                () -> rules.checkType("scan", "application/pdf")).messageKey());
    }
}
