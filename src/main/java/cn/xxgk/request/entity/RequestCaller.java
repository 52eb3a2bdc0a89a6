package cn.xxgk.request.entity;

import cn.xxgk.identity.entity.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who takes a step on a request: the username (recorded in the timeline) and the roles held. */
public record RequestCaller(String username, Set<Role> roles) {

    public RequestCaller {
        Objects.requireNonNull(username);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static RequestCaller of(String username, Role... roles) {
        return new RequestCaller(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
