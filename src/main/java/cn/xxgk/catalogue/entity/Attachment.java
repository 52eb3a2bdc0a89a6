package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file attached to one version of a piece of government information: its display name, the
 * type detected from its content, size, SHA-256 and where the attachment store keeps it. Added and
 * removed only while the item is a draft; a new version of a published item carries copies of
 * these rows that name the same stored files.
 */
@Entity
@Table(name = "gov_info_attachment")
@NamedQuery(name = Attachment.OF_ITEM, query = "SELECT a FROM Attachment a WHERE a.govInfoId = :govInfoId ORDER BY a.id")
@NamedQuery(name = Attachment.OF_ITEMS,
        query = "SELECT a FROM Attachment a WHERE a.govInfoId IN :govInfoIds ORDER BY a.govInfoId, a.id")
public class Attachment {

    public static final String OF_ITEM = "Attachment.ofItem";
    public static final String OF_ITEMS = "Attachment.ofItems";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The item (version) it belongs to; the table has the foreign key. */
    @Column(name = "gov_info_id", nullable = false, updatable = false)
    private Long govInfoId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 200)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Version
    private long version;

    protected Attachment() {
    }

    /**
     * A new attachment of a draft. The boundary has checked who adds it; the entity checks the
     * item's state: attachments are part of the drafted content, fixed once the item left DRAFT.
     *
     * @throws IllegalStepException when the item is not a draft
     */
    public static Attachment of(GovInfo item, String fileName, AttachmentType type, long sizeBytes, String sha256,
                                String storageKey, String actor, LocalDateTime now) {
        requireDraft(item);
        Attachment a = new Attachment();
        a.govInfoId = Objects.requireNonNull(item.getId());
        a.fileName = Objects.requireNonNull(fileName);
        a.mediaType = type.mediaType();
        a.sizeBytes = sizeBytes;
        a.sha256 = Objects.requireNonNull(sha256);
        a.storageKey = Objects.requireNonNull(storageKey);
        a.uploadedBy = Objects.requireNonNull(actor);
        a.uploadedAt = Objects.requireNonNull(now);
        return a;
    }

    /** Removing an attachment is a change of the drafted content too. */
    public void requireRemovableFrom(GovInfo item) {
        if (!item.getId().equals(govInfoId)) {
            throw new IllegalArgumentException("attachment " + id + " does not belong to item " + item.getId());
        }
        requireDraft(item);
    }

    /** The same file attached to another version (a revision of a published item). */
    public Attachment copyFor(GovInfo nextVersion) {
        requireDraft(nextVersion);
        Attachment copy = new Attachment();
        copy.govInfoId = Objects.requireNonNull(nextVersion.getId());
        copy.fileName = fileName;
        copy.mediaType = mediaType;
        copy.sizeBytes = sizeBytes;
        copy.sha256 = sha256;
        copy.storageKey = storageKey;
        copy.uploadedBy = uploadedBy;
        copy.uploadedAt = uploadedAt;
        return copy;
    }

    private static void requireDraft(GovInfo item) {
        if (item.getState() != GovInfoState.DRAFT) {
            throw new IllegalStepException(item.getState(), ChainStep.EDITED);
        }
    }

    public Long getId() { return id; }
    public Long getGovInfoId() { return govInfoId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public long getVersion() { return version; }
}
