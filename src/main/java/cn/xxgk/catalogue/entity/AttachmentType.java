package cn.xxgk.catalogue.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a piece of government information may carry as an attachment, each with the
 * media type detected from the content and the file name extensions that may go with it. Kingsoft
 * WPS writes its .wps, .et and .dps in the Office 97-2003 binary formats, so they are the same
 * content as .doc, .xls and .ppt. Deliberately absent: HTML, SVG and anything else a browser could
 * run, archives (their content cannot be checked), macro-enabled Office files and executables.
 */
public enum AttachmentType {

    PDF("application/pdf", "PDF", "pdf"),
    /** 版式文档 OFD (GB/T 33190-2016): a ZIP package with OFD.xml at its root. */
    OFD("application/ofd", "OFD", "ofd"),
    DOC("application/msword", "Word 97-2003", "doc", "wps"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", "docx"),
    XLS("application/vnd.ms-excel", "Excel 97-2003", "xls", "et"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", "xlsx"),
    PPT("application/vnd.ms-powerpoint", "PowerPoint 97-2003", "ppt", "dps"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint", "pptx"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    GIF("image/gif", "GIF", "gif"),
    TIFF("image/tiff", "TIFF", "tif", "tiff");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    AttachmentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The type whose media type this is, if it is one of the allowed ones. */
    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** The type a file name extension claims (lower or upper case), if it claims an allowed one. */
    public static Optional<AttachmentType> claimedBy(String extension) {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

    /** True when a file of this type may be named with this extension. */
    public boolean allows(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The extensions as a user reads them, e.g. ".doc/.wps". */
    public String extensionsText() {
        return String.join("/", extensions.stream().map(e -> "." + e).toList());
    }

    /** All allowed extensions as a user reads them, e.g. ".pdf、.ofd、.doc/.wps ...". */
    public static String allExtensionsText() {
        return String.join("、", Arrays.stream(values()).map(AttachmentType::extensionsText).toList());
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }
}
