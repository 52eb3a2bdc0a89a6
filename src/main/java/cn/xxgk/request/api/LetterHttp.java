package cn.xxgk.request.api;

import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.request.boundary.LetterPdf;

/**
 * The file name a kept letter goes over HTTP with (served inline, so that the browser opens it in a
 * tab to print; see {@link cn.xxgk.platform.api.ContentDisposition}).
 */
final class LetterHttp {

    private LetterHttp() {
    }

    /** 2026-0003 政府信息公开申请答复书 郑大数据依申〔2026〕12号.pdf */
    static String fileName(LetterPdf letter) {
        return letter.requestNumber() + " " + LetterTemplates.kindTitle(letter.kind()) + " " + letter.number() + ".pdf";
    }
}
