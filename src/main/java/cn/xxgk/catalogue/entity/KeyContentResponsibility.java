package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The department responsible for one of the eight key content categories (seed 一(二)). Without a
 * department chosen, the seed's own name applies ({@link KeyContentCategory#responsibleDepartment}).
 */
@Entity
@Table(name = "key_content_responsibility")
public class KeyContentResponsibility {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 48)
    private KeyContentCategory category;

    /** The department (identity component), kept as its id. */
    @Column(name = "department_id")
    private Long departmentId;

    @Version
    private long version;

    protected KeyContentResponsibility() {
    }

    public void assign(Long departmentId) {
        this.departmentId = departmentId;
    }

    public KeyContentCategory getCategory() { return category; }
    public Long getDepartmentId() { return departmentId; }
    public long getVersion() { return version; }
}
