package cn.xxgk.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/** The bureau running the system (本机关). Its name and organisation code come from configuration. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The organisation code that prefixes every index number, e.g. MB1532375. */
    @Column(name = "organisation_code", nullable = false, updatable = false, length = 32)
    private String organisationCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String organisationCode, String name, LocalDateTime createdAt) {
        this.organisationCode = Objects.requireNonNull(organisationCode);
        this.name = Objects.requireNonNull(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public Long getId() {
        return id;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getName() {
        return name;
    }
}
