package cn.xxgk.catalogue.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The download name survives every client: ASCII fallback plus RFC 5987 UTF-8. */
class AttachmentHttpTest {

    @Test
    void aChineseNameIsSentInBothForms() {
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf",
                cn.xxgk.platform.api.ContentDisposition.attachment("通知.pdf"));
    }

    @Test
    void quotesAndPercentSignsCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b_ 100_.pdf\"; filename*=UTF-8''a%22b%5C%20100%25.pdf",
                cn.xxgk.platform.api.ContentDisposition.attachment("a\"b\\ 100%.pdf"));
    }

    @Test
    void aUtf8NameReadAsLatin1IsDecodedAgain() {
        String asReceived = new String("通知.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertEquals("通知.pdf", AttachmentHttp.uploadedFileName(asReceived));
        assertEquals("通知.pdf", AttachmentHttp.uploadedFileName("通知.pdf"));
        assertEquals("plain.pdf", AttachmentHttp.uploadedFileName("plain.pdf"));
        assertEquals("caf\u00e9.pdf", AttachmentHttp.uploadedFileName("caf\u00e9.pdf"), "not UTF-8: left as it came");
    }
}
