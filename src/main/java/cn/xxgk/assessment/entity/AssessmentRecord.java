package cn.xxgk.assessment.entity;

import cn.xxgk.platform.control.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A commendation (表扬) or accountability (问责) record of a department in a year, with its reason
 * (seed 四), entered by the office or the discipline role. Append-only: a mistaken record is
 * answered by another one, never changed.
 */
@Entity
@Table(name = "assessment_record")
@NamedQuery(name = AssessmentRecord.OF_YEAR, query = "SELECT r FROM AssessmentRecord r WHERE r.year = :year ORDER BY r.id")
public class AssessmentRecord {

    public static final String OF_YEAR = "AssessmentRecord.ofYear";
    public static final int MAX_PERSON = 100;
    public static final int MAX_REASON = 2000;

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(name = "department_id", nullable = false, updatable = false) private Long departmentId;
    @Column(nullable = false, updatable = false) private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16) private RecordKind kind;
    @Column(updatable = false, length = MAX_PERSON) private String person;
    @Column(nullable = false, updatable = false, length = MAX_REASON) private String reason;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100) private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false) private LocalDateTime recordedAt;

    protected AssessmentRecord() {
    }

    /** A record of a year not after the current one, with a reason; the department is checked by the caller. */
    public static AssessmentRecord of(Long departmentId, int year, RecordKind kind, String person, String reason,
                                      String by, LocalDateTime now) {
        if (kind == null) {
            throw new InvalidInputException("assessment.record.kind");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("assessment.record.reason");
        }
        if (year > now.getYear() || year < 2008) {
            throw new InvalidInputException("assessment.year", 2008, now.getYear());
        }
        AssessmentRecord r = new AssessmentRecord();
        r.departmentId = Objects.requireNonNull(departmentId);
        r.year = year;
        r.kind = kind;
        r.person = person == null || person.isBlank() ? null : person.strip();
        r.reason = reason.strip();
        r.recordedBy = by;
        r.recordedAt = now;
        return r;
    }

    public Long getId() { return id; }
    public Long getDepartmentId() { return departmentId; }
    public int getYear() { return year; }
    public RecordKind getKind() { return kind; }
    public String getPerson() { return person; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
