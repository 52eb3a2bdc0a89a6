package cn.xxgk.audit.probe;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Test-only REST entry to {@link AuditProbeCommand}, deployed by ConcurrentIntakeIT only. */
@Stateless
@PermitAll
@Path("test-probe/audit")
public class AuditProbeResource {

    @Inject
    AuditProbeCommand command;

    @Resource
    SessionContext context;

    /** The command succeeds inside this method's transaction, which then rolls back. */
    @POST
    @Path("success-then-rollback/{key}")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Response successThenRollback(@PathParam("key") String key) {
        command.succeed(key);
        context.setRollbackOnly();
        return Response.noContent().build();
    }

    /** The command holds a row lock and fails in a transaction of its own. */
    @POST
    @Path("locked-failure/{key}")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Response lockedFailure(@PathParam("key") String key) throws InterruptedException {
        command.lockThenFail(key);
        return Response.noContent().build();
    }
}
