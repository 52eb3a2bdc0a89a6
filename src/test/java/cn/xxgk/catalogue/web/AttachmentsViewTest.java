package cn.xxgk.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sizes as people read them in the attachment list. */
class AttachmentsViewTest {

    @Test
    void sizesAreShownInBytesKilobytesOrMegabytes() {
        assertEquals("532 B", AttachmentsView.Row.size(532));
        assertEquals("12.4 KB", AttachmentsView.Row.size(12_700));
        assertEquals("3.1 MB", AttachmentsView.Row.size(3_250_000));
    }
}
