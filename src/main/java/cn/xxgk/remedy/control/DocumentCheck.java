package cn.xxgk.remedy.control;

import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A case document is a PDF, JPEG or PNG (a scan or the body's electronic decision) of at most
 * {@value #MAX_BYTES} bytes; its type is taken from its first bytes, never from the name the browser
 * sends, and the file name must end as its type does.
 */
public final class DocumentCheck {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_NAME = 200;

    private DocumentCheck() {
    }

    /** The checked document's content type, or the input error naming the fault. */
    public static String contentType(String fileName, byte[] content) {
        String name = InputRules.text(fileName, "fileName", MAX_NAME, false);
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new InvalidInputException("remedy.document.name");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("remedy.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("remedy.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type = startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2d) ? "application/pdf"
                : startsWith(content, 0xff, 0xd8, 0xff) ? "image/jpeg"
                : startsWith(content, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) ? "image/png" : null;
        boolean nameFits = type != null && switch (type) {
            case "application/pdf" -> lower.endsWith(".pdf");
            case "image/jpeg" -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
            default -> lower.endsWith(".png");
        };
        if (!nameFits) {
            throw new InvalidInputException("remedy.document.type");
        }
        return type;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        byte[] head = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            head[i] = (byte) magic[i];
        }
        return Arrays.equals(Arrays.copyOf(content, magic.length), head);
    }
}
