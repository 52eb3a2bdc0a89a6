package cn.xxgk.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.xxgk.identity.entity.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    @Test
    void mappedClaimValuesBecomeRoles() {
        RoleMapping mapping = RoleMapping.parse("gov-office = OFFICE_STAFF, gov-leaders=LEADER_IN_CHARGE");

        assertEquals(Set.of(Role.OFFICE_STAFF, Role.LEADER_IN_CHARGE),
                mapping.rolesFor(List.of("gov-office", "gov-leaders")));
    }

    @Test
    void roleNamesNeedNoMappingAndUnknownValuesAreIgnored() {
        RoleMapping mapping = RoleMapping.parse(" ");

        assertEquals(Set.of(Role.DIRECTOR), mapping.rolesFor(List.of("DIRECTOR", "some-other-app", "director")));
    }

    @Test
    void aBrokenMappingIsRefusedAtStartRatherThanIgnored() {
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("gov-office"));
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("gov-office=NO_SUCH_ROLE"));
    }

    @Test
    void claimValuesAreReadFromListsStringsAndNestedClaims() {
        Map<String, Object> claims = Map.of(
                "groups", List.of("a", "b"),
                "scope_roles", "c d,e",
                "realm_access", Map.of("roles", List.of("OFFICE_HEAD")));

        assertEquals(List.of("a", "b"), OidcClient.claimValues(claims, "groups"));
        assertEquals(List.of("c", "d", "e"), OidcClient.claimValues(claims, "scope_roles"));
        assertEquals(List.of("OFFICE_HEAD"), OidcClient.claimValues(claims, "realm_access.roles"));
        assertEquals(List.of(), OidcClient.claimValues(claims, "missing.path"));
    }

    @Test
    void theIdentityTakesNameAndUsernameWithFallbacks() {
        SsoIdentity identity = OidcClient.identityFrom(Map.of("sub", "abc-123", "groups", List.of("OFFICE_STAFF")),
                "groups", RoleMapping.parse(""));

        assertEquals("abc-123", identity.subject());
        assertEquals("abc-123", identity.preferredUsername());
        assertEquals("abc-123", identity.displayName());
        assertEquals(Set.of(Role.OFFICE_STAFF), identity.roles());
    }
}
