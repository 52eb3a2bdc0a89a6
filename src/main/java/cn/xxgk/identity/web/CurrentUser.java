package cn.xxgk.identity.web;

import cn.xxgk.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** Who is looking at the page, for the top bar and for showing or hiding what their roles allow. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }

    /** True when the caller has any of the comma-separated roles. */
    public boolean hasAnyRole(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).anyMatch(security::isCallerInRole);
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name())).toList();
    }
}
