package cn.xxgk.platform.api;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a file the application serves (an attachment, a letter), with its
 * Chinese name in both forms of RFC 6266: an ASCII fallback for old clients, and RFC 5987's UTF-8
 * {@code filename*} that every current browser reads.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** To save: {@code attachment; filename="..."; filename*=UTF-8''...}. */
    public static String attachment(String fileName) {
        return "attachment; " + names(fileName);
    }

    /** To open in the browser (a letter to print): {@code inline; filename="..."; filename*=UTF-8''...}. */
    public static String inline(String fileName) {
        return "inline; " + names(fileName);
    }

    private static String names(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%'
                ? (char) cp : '_'));
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** Percent-encodes all but RFC 5987's attr-char (letters, digits and !#$&+-.^_`|~). */
    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
