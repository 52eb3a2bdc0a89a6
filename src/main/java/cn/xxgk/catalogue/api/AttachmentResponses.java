package cn.xxgk.catalogue.api;

import cn.xxgk.catalogue.boundary.AttachmentDownload;
import cn.xxgk.catalogue.entity.Attachment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;

/**
 * How an attachment goes over HTTP: as a download (never shown inline), with the type detected at
 * upload, nosniff, a sandboxing policy in case a browser renders it anyway, and the name in both
 * forms of RFC 6266 (an ASCII fallback and the UTF-8 {@code filename*} of RFC 5987 for Chinese names).
 */
final class AttachmentResponses {

    private AttachmentResponses() {
    }

    static Response download(AttachmentDownload d, boolean publicEntry) {
        StreamingOutput body = out -> Files.copy(d.file(), out);
        return Response.ok(body, d.mediaType())
                .header("Content-Length", d.sizeBytes())
                .header("Content-Disposition", contentDisposition(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", publicEntry ? "public, max-age=3600" : "private, no-store")
                .header("ETag", "\"" + d.sha256() + "\"")
                .build();
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...}: old clients read the first, all others the second. */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' && cp != '%'
                ? (char) cp : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(fileName);
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

    /** An attachment in the JSON of the chain's API. */
    record AttachmentView(Long id, Long govInfoId, String fileName, String mediaType, long sizeBytes, String sha256,
                          String uploadedBy, LocalDateTime uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getGovInfoId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(),
                    a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
        }
    }
}
