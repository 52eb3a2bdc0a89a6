package cn.xxgk.audit.boundary;

import cn.xxgk.audit.entity.AuditResult;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Records the outcome of every {@link Audited} command. The object id is the first Long
 * argument (the object acted on) or, for a command that creates something, the id of what it
 * returns. Arguments themselves are not written: they may hold passwords or personal data.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditedCommandInterceptor {

    @Inject
    AuditTrail audit;

    @AroundInvoke
    Object recordOutcome(InvocationContext invocation) throws Exception {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        String action = audited.action().isEmpty() ? invocation.getMethod().getName() : audited.action();
        Object targetId = firstLongArgument(invocation.getParameters());
        try {
            Object result = invocation.proceed();
            audit.record(action, audited.objectType(), targetId != null ? targetId : idOf(result),
                    AuditResult.SUCCESS, null);
            return result;
        } catch (Exception failure) {
            audit.record(action, audited.objectType(), targetId, AuditResult.FAILED,
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
            throw failure;
        }
    }

    private static Object firstLongArgument(Object[] parameters) {
        if (parameters != null) {
            for (Object parameter : parameters) {
                if (parameter instanceof Long) {
                    return parameter;
                }
            }
        }
        return null;
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
