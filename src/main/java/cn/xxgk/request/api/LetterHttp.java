package cn.xxgk.request.api;

import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.request.boundary.LetterPdf;
import java.nio.charset.StandardCharsets;

/**
 * How a kept letter goes over HTTP: inline, so that the browser opens it in a tab to print, with its
 * Chinese name in both forms of RFC 6266 (an ASCII fallback, and RFC 5987's UTF-8 {@code filename*}).
 */
final class LetterHttp {

    private LetterHttp() {
    }

    /** 2026-0003 政府信息公开申请答复书 郑大数据依申〔2026〕12号.pdf */
    static String fileName(LetterPdf letter) {
        return letter.requestNumber() + " " + LetterTemplates.kindTitle(letter.kind()) + " " + letter.number() + ".pdf";
    }

    /** {@code inline; filename="..."; filename*=UTF-8''...}. */
    static String inline(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%'
                ? (char) cp : '_'));
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(fileName);
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
