package cn.xxgk.catalogue.entity;

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
import java.util.Objects;

/**
 * The agency's own second level under a national subject category (e.g. 综合政务 / 政府信息公开制度).
 * Never deleted: entries keep the name they were catalogued with; a retired one is only no longer offered.
 */
@Entity
@Table(name = "subject_subcategory")
public class SubjectSubcategory {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_category", nullable = false, updatable = false, length = 48)
    private SubjectCategory category;

    @Column(nullable = false, updatable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected SubjectSubcategory() {
    }

    public SubjectSubcategory(SubjectCategory category, String name, String createdBy, LocalDateTime createdAt) {
        this.category = Objects.requireNonNull(category);
        this.name = Objects.requireNonNull(name).strip();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public SubjectCategory getCategory() { return category; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
