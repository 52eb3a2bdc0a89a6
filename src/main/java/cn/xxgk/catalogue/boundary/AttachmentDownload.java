package cn.xxgk.catalogue.boundary;

import java.nio.file.Path;

/** A stored attachment ready to be sent: its name, detected type, size and checksum, and the verified file. */
public record AttachmentDownload(Long id, String fileName, String mediaType, long sizeBytes, String sha256, Path file) {
}
