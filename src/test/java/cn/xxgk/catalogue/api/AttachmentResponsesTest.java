package cn.xxgk.catalogue.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The download name survives every client: ASCII fallback plus RFC 5987 UTF-8. */
class AttachmentResponsesTest {

    @Test
    void aChineseNameIsSentInBothForms() {
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf",
                AttachmentResponses.contentDisposition("通知.pdf"));
    }

    @Test
    void quotesAndPercentSignsCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b_ 100_.pdf\"; filename*=UTF-8''a%22b%5C%20100%25.pdf",
                AttachmentResponses.contentDisposition("a\"b\\ 100%.pdf"));
    }
}
