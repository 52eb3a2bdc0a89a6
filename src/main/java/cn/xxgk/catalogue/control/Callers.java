package cn.xxgk.catalogue.control;

import cn.xxgk.catalogue.entity.Caller;
import cn.xxgk.identity.boundary.Directory;
import cn.xxgk.identity.entity.Role;
import jakarta.ejb.SessionContext;
import java.util.EnumSet;
import java.util.Set;

/** The EJB's caller as the item's steps take it: username, the roles held, the department. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SessionContext session, Directory directory) {
        String username = session.getCallerPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(username, roles, directory.departmentOf(username).orElse(null));
    }
}
