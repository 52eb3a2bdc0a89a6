package cn.xxgk.catalogue.api;

import cn.xxgk.catalogue.entity.Attachment;
import java.time.LocalDateTime;

/** An attachment in the JSON of the chain's API (the type is the one detected from the content). */
public record AttachmentView(Long id, Long govInfoId, String fileName, String mediaType, long sizeBytes, String sha256,
                             String uploadedBy, LocalDateTime uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getGovInfoId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(),
                a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }
}
