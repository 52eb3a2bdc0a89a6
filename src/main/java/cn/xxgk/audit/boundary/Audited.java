package cn.xxgk.audit.boundary;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method as an audited command: the {@link AuditedCommandInterceptor} records
 * its outcome (SUCCESS, or FAILED with the reason) in the audit record. The permission is
 * declared next to it with {@code @RolesAllowed}; a caller without the role never reaches the
 * method, and the web layer records that refusal.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What was done, e.g. DEPARTMENT_CREATE. */
    @Nonbinding
    String action() default "";

    /** The kind of object acted on, e.g. Department. */
    @Nonbinding
    String objectType() default "";

    /**
     * Whether a first parameter that is a number, text or date names the object acted on (its id,
     * a request number). False where the first parameter is a secret, e.g. a password: it is then
     * never written to the record.
     */
    @Nonbinding
    boolean firstParameterNamesTheObject() default true;
}
