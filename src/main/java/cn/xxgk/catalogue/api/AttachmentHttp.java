package cn.xxgk.catalogue.api;

import cn.xxgk.platform.api.ContentDisposition;

import cn.xxgk.catalogue.boundary.AttachmentDownload;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * How an attachment goes over HTTP. In: the file name of a multipart part, which browsers send as
 * raw UTF-8. Out: as a download (never shown inline), with the type detected at
 * upload, nosniff, a sandboxing policy in case a browser renders it anyway, and the name in both
 * forms of RFC 6266 (an ASCII fallback and the UTF-8 {@code filename*} of RFC 5987 for Chinese names).
 */
final class AttachmentHttp {

    private AttachmentHttp() {
    }

    static Response download(AttachmentDownload d, boolean publicEntry) {
        StreamingOutput body = out -> Files.copy(d.file(), out);
        return Response.ok(body, d.mediaType())
                .header("Content-Length", d.sizeBytes())
                .header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", publicEntry ? "public, max-age=3600" : "private, no-store")
                .header("ETag", "\"" + d.sha256() + "\"")
                .build();
    }

    /**
     * The file name of an uploaded part. Browsers send it as raw UTF-8 bytes (HTML's form
     * submission rules), which the multipart reader takes for ISO-8859-1; such a name is decoded
     * again as UTF-8. A name that is not valid UTF-8 that way is left as it came.
     */
    static String uploadedFileName(String raw) {
        if (raw == null || raw.chars().anyMatch(c -> c > 0xff) || raw.chars().noneMatch(c -> c >= 0x80)) {
            return raw;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return raw;
        }
    }
}
