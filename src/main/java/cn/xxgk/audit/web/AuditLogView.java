package cn.xxgk.audit.web;

import cn.xxgk.audit.boundary.AuditTrail;
import cn.xxgk.audit.entity.AuditRecord;
import cn.xxgk.audit.entity.AuditResult;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The audit record as the office head and discipline inspection read it: newest first, filtered. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    static final int PAGE = 500;

    @Inject
    AuditTrail audit;

    private String actor;
    private AuditResult result;
    private List<AuditRecord> records;

    public void load() {
        records = audit.latest(actor, result, PAGE);
    }

    public AuditResult[] getResults() {
        return AuditResult.values();
    }

    public List<AuditRecord> getRecords() {
        return records;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditResult getResult() {
        return result;
    }

    public void setResult(AuditResult result) {
        this.result = result;
    }
}
