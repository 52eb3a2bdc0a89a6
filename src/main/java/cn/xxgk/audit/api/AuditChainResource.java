package cn.xxgk.audit.api;

import cn.xxgk.audit.boundary.AuditSeals;
import cn.xxgk.audit.control.AuditChainCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/v1/audit/chain/verification: recompute the audit chain now (discipline inspection, office
 * head). A POST: the check is itself recorded in the audit.
 */
@Path("audit/chain/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "审计记录：审计链校验")
public class AuditChainResource {

    @Inject
    AuditSeals seals;

    @POST
    @Operation(summary = "校验审计链（纪检监察、办公室负责人）",
            description = "逐条重算封记哈希；problem 为 GAP（封记被删）、MISSING（记录被删）或 CHANGED（记录或封记被改），"
                    + "brokenSeq/brokenAuditId 指出第一处；unsealed 为超过 10 分钟仍未封记的记录数。")
    public AuditChainCheck.Report verify() {
        return seals.verify();
    }
}
