package cn.xxgk.request.boundary;

import cn.xxgk.letter.control.LetterKind;

/** One kept letter's PDF, checked against its checksum, with what a download names it by. */
public record LetterPdf(Long id, String requestNumber, LetterKind kind, String number, String sha256, byte[] pdf) {
}
