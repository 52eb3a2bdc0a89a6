package cn.xxgk.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/** A department (处室/中心) of the agency: it drafts information and owns key content categories. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.ALL, query = "SELECT d FROM Department d ORDER BY d.id")
@NamedQuery(name = Department.BY_NAME, query = "SELECT d FROM Department d WHERE d.agency = :agency AND d.name = :name")
public class Department {

    public static final String ALL = "Department.all";
    public static final String BY_NAME = "Department.byName";
    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Department() {
    }

    public Department(Agency agency, String name, LocalDateTime createdAt) {
        this.agency = Objects.requireNonNull(agency);
        this.name = requireName(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("department name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
