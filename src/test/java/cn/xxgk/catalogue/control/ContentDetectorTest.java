package cn.xxgk.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.xxgk.catalogue.AttachmentSamples;
import cn.xxgk.catalogue.entity.AttachmentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type comes from the bytes: every allowed type is recognised, every disguise is seen for what it is. */
class ContentDetectorTest {

    @TempDir
    Path dir;

    @Test
    void everyAllowedTypeIsRecognisedFromItsContent() throws IOException {
        assertEquals(AttachmentType.PDF.mediaType(), detect(AttachmentSamples.pdf("test")));
        assertEquals(AttachmentType.OFD.mediaType(), detect(AttachmentSamples.ofd()));
        assertEquals(AttachmentType.DOCX.mediaType(), detect(AttachmentSamples.docx()));
        assertEquals(AttachmentType.XLSX.mediaType(), detect(AttachmentSamples.xlsx()));
        assertEquals(AttachmentType.PPTX.mediaType(), detect(AttachmentSamples.pptx()));
        assertEquals(AttachmentType.DOC.mediaType(), detect(AttachmentSamples.doc()));
        assertEquals(AttachmentType.XLS.mediaType(), detect(AttachmentSamples.xls()));
        assertEquals(AttachmentType.PPT.mediaType(), detect(AttachmentSamples.ppt()));
        assertEquals(AttachmentType.PNG.mediaType(), detect(AttachmentSamples.png()));
        assertEquals(AttachmentType.JPEG.mediaType(), detect(AttachmentSamples.jpeg()));
        assertEquals(AttachmentType.GIF.mediaType(), detect(AttachmentSamples.gif()));
        assertEquals(AttachmentType.TIFF.mediaType(), detect(AttachmentSamples.tiff()));
    }

    @Test
    void disguisesAreDetectedAsWhatTheyAre() throws IOException {
        assertEquals("text/html", detect(AttachmentSamples.html()));
        assertEquals("application/zip", detect(AttachmentSamples.zip()));
        assertNotAllowed(detect(AttachmentSamples.exe()));
        assertNotAllowed(detect(AttachmentSamples.fakeOfd()));
        assertNotAllowed(detect(AttachmentSamples.docm()));
        assertNotAllowed(detect("just some text".getBytes()));
    }

    @Test
    void anOle2FileWithoutAnOfficeStreamIsNoOfficeDocument() throws IOException {
        assertNotAllowed(detect(AttachmentSamples.ole2("Something Else")));
        assertNotAllowed(detect(AttachmentSamples.ole2("EncryptedPackage")));
    }

    @Test
    void aTruncatedContainerIsNoOfficeDocument() throws IOException {
        byte[] docx = AttachmentSamples.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 3);
        assertNotAllowed(detect(truncated));
    }

    private void assertNotAllowed(String mediaType) {
        assertFalse(AttachmentType.ofMediaType(mediaType).isPresent(), mediaType);
    }

    private String detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "sample", ".bin");
        Files.write(file, content);
        return ContentDetector.detect(file);
    }
}
