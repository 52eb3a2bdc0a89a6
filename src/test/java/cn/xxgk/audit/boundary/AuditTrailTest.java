package cn.xxgk.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.xxgk.audit.entity.AuditResult;
import cn.xxgk.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who reads the audit record. The audit component may not depend on identity (identity records its
 * logins in the audit), so AuditTrail names the roles as strings: they must stay the roles' names.
 */
class AuditTrailTest {

    @Test
    void theAuditRecordIsReadByTheOfficeHeadAndDisciplineInspectionOnly() throws Exception {
        RolesAllowed readers = AuditTrail.class
                .getMethod("latest", String.class, AuditResult.class, int.class)
                .getAnnotation(RolesAllowed.class);

        assertEquals(Set.of(Role.OFFICE_HEAD.name(), Role.DISCIPLINE.name()), Set.of(readers.value()));
    }
}
