package cn.xxgk.catalogue.entity;

import cn.xxgk.identity.entity.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who takes a step: the username (recorded in the history), the roles held and the department
 * (null for people in none). The boundary builds it from the login; the item decides with it
 * which steps this person may take ({@link GovInfo#possibleSteps}).
 */
public record Caller(String username, Set<Role> roles, Long departmentId) {

    public Caller {
        Objects.requireNonNull(username);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String username, Long departmentId, Role... roles) {
        return new Caller(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), departmentId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
