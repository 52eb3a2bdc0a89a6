package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.AttachmentType;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;

/** One attachment as the table shows it. */
public record AttachmentRow(Long id, String fileName, String typeLabel, String size, String uploadedBy,
                            LocalDateTime uploadedAt) implements Serializable {

    static AttachmentRow of(Attachment a) {
        return new AttachmentRow(a.getId(), a.getFileName(),
                AttachmentType.ofMediaType(a.getMediaType()).map(AttachmentType::label).orElse(a.getMediaType()),
                size(a.getSizeBytes()), a.getUploadedBy(), a.getUploadedAt());
    }

    /** 532 B, 12.4 KB, 3.1 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
