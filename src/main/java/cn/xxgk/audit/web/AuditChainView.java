package cn.xxgk.audit.web;

import cn.xxgk.audit.boundary.AuditSeals;
import cn.xxgk.audit.control.AuditChainCheck;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit chain's check on the audit record's screen: recompute on demand, show where it breaks. */
@Named
@ViewScoped
public class AuditChainView implements Serializable {

    @Inject
    AuditSeals seals;

    private AuditChainCheck.Report report;

    public void verify() {
        report = seals.verify();
    }

    public AuditChainCheck.Report getReport() {
        return report;
    }

    public long getGraceMinutes() {
        return AuditChainCheck.SEALING_GRACE.toMinutes();
    }
}
