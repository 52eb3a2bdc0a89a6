package cn.xxgk.request.api;

import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.platform.api.ContentDisposition;
import cn.xxgk.request.boundary.LetterPdf;
import jakarta.ws.rs.core.Response;

/**
 * A kept letter over HTTP: served inline, so that the browser opens it in a tab to print (see
 * {@link ContentDisposition}), never cached, with its SHA-256 as the ETag.
 */
final class LetterHttp {

    private LetterHttp() {
    }

    static Response inline(LetterPdf letter) {
        return Response.ok(letter.pdf(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline(fileName(letter)))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("ETag", "\"" + letter.sha256() + "\"")
                .build();
    }

    /** 2026-0003 政府信息公开申请答复书 郑大数据依申〔2026〕12号.pdf */
    static String fileName(LetterPdf letter) {
        return letter.requestNumber() + " " + LetterTemplates.kindTitle(letter.kind()) + " " + letter.number() + ".pdf";
    }
}
