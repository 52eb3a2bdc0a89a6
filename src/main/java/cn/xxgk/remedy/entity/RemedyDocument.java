package cn.xxgk.remedy.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * A document of a case (the application's copy, the defence, the decision or judgment), kept in
 * its row with its SHA-256. Append-only (triggers of V21): never changed, never deleted.
 */
@Entity
@Table(name = "remedy_document")
public class RemedyDocument {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "case_id", nullable = false, updatable = false) private Long caseId;
    @Column(name = "file_name", nullable = false, updatable = false, length = 200) private String fileName;
    @Column(name = "content_type", nullable = false, updatable = false, length = 64) private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false) private long sizeBytes;
    @Column(nullable = false, updatable = false, length = 64) private String sha256;
    @Lob @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false) private byte[] content;
    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100) private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false) private LocalDateTime uploadedAt;

    protected RemedyDocument() {
    }

    /** A document whose name and type the caller has checked (remedy.control.DocumentCheck). */
    public RemedyDocument(Long caseId, String fileName, String contentType, byte[] content, String by, LocalDateTime now) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    /** Refuses bytes that no longer match the checksum kept at upload. */
    public void verify() {
        if (!sha256(content).equals(sha256)) {
            throw new IllegalStateException("remedy document " + id + " does not match its SHA-256");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content.clone(); }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
}
