package cn.xxgk.remedy.boundary;

/** A case document without its bytes, for lists. */
public record DocumentInfo(Long id, Long caseId, String fileName, String contentType, long sizeBytes, String sha256) {
}
