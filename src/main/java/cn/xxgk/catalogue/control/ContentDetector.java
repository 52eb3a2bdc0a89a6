package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.AttachmentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes alone; the name the client gave is never consulted here.
 * Tika's magic bytes recognise PDF, the images, and the two container formats; for those the
 * detector looks inside, because many formats share a container:
 * <ul>
 * <li>a ZIP is an OFD when OFD.xml at its root has the root element {@code OFD} (GB/T 33190; Tika
 * does not know OFD), and an Office Open XML document when [Content_Types].xml names the main part
 * of a Word document, an Excel workbook or a PowerPoint presentation (macro-enabled and template
 * variants are not these types);</li>
 * <li>an OLE2 compound file is Word 97-2003 (also WPS Writer) with a WordDocument stream, Excel
 * (also WPS Spreadsheets) with a Workbook or Book stream, PowerPoint (also WPS Presentation) with a
 * "PowerPoint Document" stream; an encrypted OOXML package (EncryptedPackage) is none of them.</li>
 * </ul>
 * Tika's own container detectors for OOXML and OLE2 live in tika-parser-microsoft-module, far too
 * heavy a dependency for these three checks. Only the central directory and at most
 * {@value #MAX_PART_BYTES} bytes of one part are read, so a ZIP bomb costs nothing.
 */
public final class ContentDetector {

    static final int MAX_PART_BYTES = 1024 * 1024;

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final String OFD_NAMESPACE_HINT = "ofdspec.org";

    private ContentDetector() {
    }

    /** The media type of the file's content, without parameters, e.g. application/pdf or text/html. */
    public static String detect(Path file) throws IOException {
        MediaType magic;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            magic = TIKA.detect(in, new Metadata()).getBaseType();
        }
        MediaTypeRegistry registry = TIKA.getMediaTypeRegistry();
        if (is(magic, MediaType.APPLICATION_ZIP, registry)) {
            return insideZip(file).orElse(magic.toString());
        }
        if (is(magic, OLE2, registry)) {
            return insideOle2(file).orElse(magic.toString());
        }
        return magic.toString();
    }

    private static boolean is(MediaType type, MediaType family, MediaTypeRegistry registry) {
        return type.equals(family) || registry.isSpecializationOf(type, family);
    }

    private static Optional<String> insideZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry ofd = zip.getEntry("OFD.xml");
            if (ofd != null && isOfdRoot(zip, ofd)) {
                return Optional.of(AttachmentType.OFD.mediaType());
            }
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes != null) {
                Set<String> declared = declaredContentTypes(zip, contentTypes);
                for (AttachmentType type : new AttachmentType[] {AttachmentType.DOCX, AttachmentType.XLSX,
                        AttachmentType.PPTX}) {
                    if (declared.contains(mainPartOf(type))) {
                        return Optional.of(type.mediaType());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | XMLStreamException | RuntimeException notAPackage) {
            return Optional.empty();
        }
    }

    /** The content type of the main part of a Word document, workbook or presentation (ECMA-376 part 1). */
    private static String mainPartOf(AttachmentType type) {
        return switch (type) {
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
            case PPTX -> "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private static boolean isOfdRoot(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        XMLStreamReader xml = reader(zip, entry);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String namespace = xml.getNamespaceURI();
                    return "OFD".equals(xml.getLocalName())
                            && (namespace == null || namespace.toLowerCase(Locale.ROOT).contains(OFD_NAMESPACE_HINT));
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    private static Set<String> declaredContentTypes(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        XMLStreamReader xml = reader(zip, entry);
        try {
            HashSet<String> types = new HashSet<>();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(xml.getLocalName())) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    if (type != null) {
                        types.add(type.strip());
                    }
                }
            }
            return types;
        } finally {
            xml.close();
        }
    }

    /** A StAX reader over at most MAX_PART_BYTES of the entry, with DTDs and external entities off. */
    private static XMLStreamReader reader(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_PART_BYTES);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }

    private static Optional<String> insideOle2(Path file) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> names = ole2.getRoot().getEntryNames().stream()
                    .map(n -> n.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            if (names.contains("ENCRYPTEDPACKAGE")) {
                return Optional.empty();
            }
            if (names.contains("WORDDOCUMENT")) {
                return Optional.of(AttachmentType.DOC.mediaType());
            }
            if (names.contains("WORKBOOK") || names.contains("BOOK")) {
                return Optional.of(AttachmentType.XLS.mediaType());
            }
            if (names.contains("POWERPOINT DOCUMENT")) {
                return Optional.of(AttachmentType.PPT.mediaType());
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notOle2) {
            return Optional.empty();
        }
    }
}
