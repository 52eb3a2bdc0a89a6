package cn.xxgk.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sizes as people read them in the attachment list. */
class AttachmentsViewTest {

    @Test
    void sizesAreShownInBytesKilobytesOrMegabytes() {
        assertEquals("532 B", AttachmentRow.size(532));
        assertEquals("12.4 KB", AttachmentRow.size(12_700));
        assertEquals("3.1 MB", AttachmentRow.size(3_250_000));
    }
}
