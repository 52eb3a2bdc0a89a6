package cn.xxgk.assessment.web;

import cn.xxgk.assessment.boundary.AssessmentRecords;
import cn.xxgk.assessment.entity.AssessmentRecord;
import cn.xxgk.assessment.entity.RecordKind;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Department;
import cn.xxgk.platform.web.FieldFlaws;
import cn.xxgk.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The commendation and accountability records of the year on the dashboard, and the form the office and discipline use. */
@Named
@ViewScoped
public class RecordForm implements Serializable {

    private static final Map<String, String> FIELD_OF_FLAW = Map.of("assessment.record.department", "department",
            "assessment.record.kind", "kind", "assessment.record.reason", "reason", "input.tooLong", "reason");

    @Inject
    AssessmentRecords records;

    @Inject
    Directory directory;

    @Inject
    FieldFlaws flaws;

    @Inject
    Messages messages;

    private Long departmentId;
    private RecordKind kind;
    private String person;
    private String reason;

    public List<AssessmentRecord> of(int year) {
        return records.ofYear(year);
    }

    public void record(int year) {
        if (flaws.attempt("record", FIELD_OF_FLAW::get,
                () -> records.record(departmentId, year, kind, person, reason)) != null) {
            messages.info(null, "assessment.record.saved");
            person = null;
            reason = null;
        }
    }

    public String departmentName(Long id) {
        return directory.departmentName(id);
    }

    public List<Department> getDepartments() { return directory.departments(); }
    public RecordKind[] getKinds() { return RecordKind.values(); }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public RecordKind getKind() { return kind; }
    public void setKind(RecordKind kind) { this.kind = kind; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
