package cn.xxgk.identity.control;

import cn.xxgk.identity.entity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the values of the SSO's groups/roles claim to the roles of the application.
 * Configured as {@code ssoValue=ROLE,ssoValue=ROLE}; a claim value that is itself the name of a
 * role maps to that role, so an SSO that already speaks our role names needs no mapping.
 * Unknown values are ignored: the SSO carries groups of other applications too.
 */
public final class RoleMapping {

    private final Map<String, Role> byClaimValue;

    private RoleMapping(Map<String, Role> byClaimValue) {
        this.byClaimValue = byClaimValue;
    }

    /** Parses {@code "gov-office=OFFICE_STAFF, gov-leaders=LEADER_IN_CHARGE"}; blank means none. */
    public static RoleMapping parse(String configured) {
        Map<String, Role> map = new HashMap<>();
        if (configured != null) {
            for (String pair : configured.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("role mapping entry must be claimValue=ROLE: " + pair.strip());
                }
                String claimValue = pair.substring(0, eq).strip();
                Role role = Role.valueOf(pair.substring(eq + 1).strip().toUpperCase(Locale.ROOT));
                map.put(claimValue, role);
            }
        }
        return new RoleMapping(Map.copyOf(map));
    }

    public Set<Role> rolesFor(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues) {
            Role mapped = byClaimValue.get(value);
            if (mapped != null) {
                roles.add(mapped);
            } else {
                asRoleName(value).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static java.util.Optional<Role> asRoleName(String value) {
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
