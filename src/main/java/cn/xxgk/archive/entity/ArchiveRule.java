package cn.xxgk.archive.entity;

import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.Retention;
import cn.xxgk.archive.control.RetentionRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** One row of the office's retention rule ({@link RetentionRules}): kind, classifier or "*", period. */
@Entity
@Table(name = "archive_rule")
public class ArchiveRule {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16) private ArchiveKind kind;
    @Column(nullable = false, updatable = false, length = 64) private String classifier;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8) private Retention retention;
    @Column(name = "updated_by", nullable = false, length = 100) private String updatedBy;
    @Column(name = "updated_at", nullable = false) private LocalDateTime updatedAt;
    @Version private long version;

    protected ArchiveRule() {
    }

    public ArchiveRule(ArchiveKind kind, String classifier, Retention retention, String by, LocalDateTime at) {
        this.kind = kind;
        this.classifier = classifier;
        this.retention = retention;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A new period for the records sealed from now on (sealed packages keep theirs). */
    public void change(Retention retention, String by, LocalDateTime at) {
        this.retention = retention;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public RetentionRules.Rule rule() {
        return new RetentionRules.Rule(kind, classifier, retention);
    }

    public Long getId() { return id; }
    public ArchiveKind getKind() { return kind; }
    public String getClassifier() { return classifier; }
    public Retention getRetention() { return retention; }
    public String getUpdatedBy() { return updatedBy; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
