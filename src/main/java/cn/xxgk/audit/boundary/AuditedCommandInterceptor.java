package cn.xxgk.audit.boundary;

import cn.xxgk.audit.control.AuditRecorder;
import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.platform.control.AccessRefusedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.security.Principal;

/**
 * Records the outcome of every {@link Audited} command. By convention a command's first argument
 * names the object acted on (an id, a date, a year, a name); when it is anything else, the id of
 * what the command returns is used. No other argument is written: they may hold passwords or
 * personal data.
 * <p>
 * The interceptor runs inside the command's transaction (the container begins it before the
 * interceptors and ends it after them): the success is written in that transaction, a refusal or
 * failure after it has ended ({@link AuditRecorder}, not the AuditTrail EJB: an EJB call in a
 * transaction marked for rollback is refused, and a command's failure often marks it).
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditedCommandInterceptor {

    @Inject
    AuditRecorder audit;

    /** The caller of the command (the container's built-in bean, resolved at each call). */
    @Inject
    Principal caller;

    @AroundInvoke
    Object recordOutcome(InvocationContext invocation) throws Exception {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        String action = audited.action().isEmpty() ? invocation.getMethod().getName() : audited.action();
        Object targetId = audited.firstParameterNamesTheObject() ? target(invocation.getParameters()) : null;
        try {
            Object result = invocation.proceed();
            // in the command's transaction: on its connection, rolled back with it
            audit.recordSuccess(AuditRecorder.actorOf(caller), action, audited.objectType(),
                    targetId != null ? targetId : idOf(result));
            return result;
        } catch (Exception failure) {
            // an object-level refusal by the boundary is a refusal, not a failure; written once the
            // command's transaction has ended, so no second connection is taken while its locks are held
            AuditResult result = failure instanceof AccessRefusedException ? AuditResult.REFUSED : AuditResult.FAILED;
            audit.record(AuditRecorder.actorOf(caller), action, audited.objectType(), targetId, result,
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
            throw failure;
        }
    }

    private static Object target(Object[] parameters) {
        if (parameters == null || parameters.length == 0) {
            return null;
        }
        Object first = parameters[0];
        return first instanceof Number || first instanceof String || first instanceof java.time.temporal.Temporal
                ? first : null;
    }

    private static Object idOf(Object result) {
        if (result == null) {
            return null;
        }
        try {
            Method getId = result.getClass().getMethod("getId");
            return getId.invoke(result);
        } catch (ReflectiveOperationException noId) {
            return null;
        }
    }
}
