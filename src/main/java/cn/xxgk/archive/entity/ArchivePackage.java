package cn.xxgk.archive.entity;

import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.ArchiveNumber;
import cn.xxgk.archive.control.Retention;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One sealed archive package (the row of a 件): its archive number, what it holds, where its files
 * are and the SHA-256 of its manifest. Immutable: no setter, every column insert-only, and the
 * table's triggers refuse UPDATE and DELETE; the unique key on (kind, object) keeps a record from
 * being sealed twice.
 */
@Entity
@Table(name = "archive_package")
public class ArchivePackage {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "archive_number", nullable = false, updatable = false, length = 64) private String archiveNumber;
    @Column(name = "archive_year", nullable = false, updatable = false) private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8) private Retention retention;
    @Column(name = "item_no", nullable = false, updatable = false) private int itemNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16) private ArchiveKind kind;
    @Column(name = "object_id", nullable = false, updatable = false) private long objectId;
    @Column(nullable = false, updatable = false, length = 64) private String reference;
    @Column(nullable = false, updatable = false, length = 500) private String title;
    @Column(nullable = false, updatable = false, length = 64) private String classifier;
    @Column(nullable = false, updatable = false, length = 200) private String directory;
    @Column(name = "manifest_sha256", nullable = false, updatable = false, length = 64) private String manifestSha256;
    @Column(name = "file_count", nullable = false, updatable = false) private int fileCount;
    @Column(name = "size_bytes", nullable = false, updatable = false) private long sizeBytes;
    @Column(name = "sealed_by", nullable = false, updatable = false, length = 100) private String sealedBy;
    @Column(name = "sealed_at", nullable = false, updatable = false) private LocalDateTime sealedAt;

    protected ArchivePackage() {
    }

    public ArchivePackage(ArchiveNumber number, ArchiveKind kind, long objectId, String reference, String title, String classifier,
                          String directory, String manifestSha256, int fileCount, long sizeBytes, String sealedBy,
                          LocalDateTime sealedAt) {
        this.archiveNumber = number.toString();
        this.year = number.year();
        this.retention = number.retention();
        this.itemNo = number.itemNo();
        this.kind = kind;
        this.objectId = objectId;
        this.reference = reference;
        this.title = title.length() > 500 ? title.substring(0, 500) : title;
        this.classifier = classifier;
        this.directory = directory;
        this.manifestSha256 = manifestSha256;
        this.fileCount = fileCount;
        this.sizeBytes = sizeBytes;
        this.sealedBy = sealedBy;
        this.sealedAt = sealedAt;
    }

    public Long getId() { return id; }
    public String getArchiveNumber() { return archiveNumber; }
    public int getYear() { return year; }
    public Retention getRetention() { return retention; }
    public int getItemNo() { return itemNo; }
    public ArchiveKind getKind() { return kind; }
    public long getObjectId() { return objectId; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getClassifier() { return classifier; }
    public String getDirectory() { return directory; }
    public String getManifestSha256() { return manifestSha256; }
    public int getFileCount() { return fileCount; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSealedBy() { return sealedBy; }
    public LocalDateTime getSealedAt() { return sealedAt; }
}
