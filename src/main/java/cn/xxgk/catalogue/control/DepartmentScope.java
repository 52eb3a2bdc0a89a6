package cn.xxgk.catalogue.control;

import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.Names.SECRECY_OFFICER;

import cn.xxgk.identity.boundary.Directory;
import jakarta.ejb.SessionContext;
import java.util.Optional;

/**
 * Which departments' unpublished items a caller sees (seed 一(三); issue #4 "visibility"): the
 * office, the leaders and the secrecy officer see every department's, department staff and heads
 * only their own. Every boundary that lists or opens items asks here, so the rule lives once.
 */
public record DepartmentScope(boolean allDepartments, Long department) {

    /** The scope of the EJB's caller; a caller in no department sees no department's items. */
    public static DepartmentScope of(SessionContext session, Directory directory) {
        for (String role : new String[] {OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR, SECRECY_OFFICER}) {
            if (session.isCallerInRole(role)) {
                return new DepartmentScope(true, null);
            }
        }
        Optional<Long> own = directory.departmentOf(session.getCallerPrincipal().getName());
        return new DepartmentScope(false, own.orElse(-1L));
    }

    public boolean covers(Long departmentId) {
        return allDepartments || department.equals(departmentId);
    }

    /** The department to filter a query by, or null for all of them. */
    public Long filter() {
        return allDepartments ? null : department;
    }
}
