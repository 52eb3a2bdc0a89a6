package cn.xxgk.identity.api;

import cn.xxgk.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/** GET /api/v1/me: who the caller is and which roles they hold. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    SecurityContext security;

    @GET
    public Me me() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("login required", "Session");
        }
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole).toList();
        return new Me(principal.getName(), roles);
    }

    public record Me(String username, List<String> roles) {
    }
}
