package cn.xxgk.catalogue.control;

import cn.xxgk.platform.control.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an uploaded file is shown and downloaded under: the uploader's own name, made safe. The
 * name is never used as a path on the server (the store names files by their checksum); it is
 * cleaned because it appears on screens, in Content-Disposition headers and on the user's disk.
 */
public final class AttachmentName {

    /** The column's length (gov_info_attachment.file_name). */
    public static final int MAX_LENGTH = 200;

    private AttachmentName() {
    }

    /**
     * Keeps the last path segment (some browsers send C:\...\name.pdf), drops control and
     * bidirectional formatting characters (U+202E turns "fdp.exe" into what reads as "exe.pdf"),
     * replaces characters Windows forbids in file names, trims spaces and trailing dots, and
     * shortens an over-long name, keeping its extension.
     *
     * @throws InvalidInputException when nothing usable remains
     */
    public static String sanitise(String submitted) {
        if (submitted == null) {
            throw new InvalidInputException("attachment.invalid.nameRequired");
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            if ("<>:\"|?*".indexOf(cp) >= 0) {
                clean.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String result = clean.toString().replaceAll(" {2,}", " ").strip().replaceAll("[. ]+$", "");
        if (result.isEmpty() || result.chars().allMatch(c -> c == '.')) {
            throw new InvalidInputException("attachment.invalid.nameRequired");
        }
        return shorten(result);
    }

    /** The extension in lower case without the dot ("" when there is none: "README", ".profile"). */
    public static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extension(name);
        String suffix = ext.isEmpty() || ext.length() > 10 ? "" : "." + name.substring(name.length() - ext.length());
        int keep = MAX_LENGTH - suffix.length();
        int end = name.offsetByCodePoints(0, keep);
        return name.substring(0, end).strip() + suffix;
    }
}
