package cn.xxgk.identity.api;

import cn.xxgk.identity.boundary.UserAdministration;
import cn.xxgk.identity.entity.AppUser;
import cn.xxgk.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** /api/v1/users: users, their department and roles, for the office (roles and passwords: office head only). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserAdministration administration;

    @GET
    public List<UserView> users() {
        return administration.users().stream().map(UserView::of).toList();
    }

    @PUT
    @Path("{id}/roles")
    public UserView grantRoles(@PathParam("id") Long id, RoleGrant request) {
        if (request == null || request.roles() == null) {
            throw new BadRequestException();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : request.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                throw new cn.xxgk.platform.control.InvalidInputException("admin.user.roleUnknown", role);
            }
        }
        return UserView.of(administration.grantRoles(id, request.version(), roles));
    }

    @PUT
    @Path("{id}/department")
    public UserView assignDepartment(@PathParam("id") Long id, DepartmentAssignment request) {
        if (request == null) {
            throw new BadRequestException();
        }
        return UserView.of(administration.assignDepartment(id, request.version(), request.departmentId()));
    }

    /** The office head sets a local account's password; its owner must replace it at the next login. */
    @PUT
    @Path("{id}/password")
    public UserView setPassword(@PathParam("id") Long id, PasswordSetting request) {
        if (request == null) {
            throw new BadRequestException();
        }
        return UserView.of(administration.setPassword(id, request.version(), request.password()));
    }

    public record PasswordSetting(String password, long version) {
    }

    public record RoleGrant(List<String> roles, long version) {
    }

    public record DepartmentAssignment(Long departmentId, long version) {
    }

    public record UserView(Long id, String username, String displayName, String department, List<String> roles,
                           boolean localAccount, long version) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getDisplayName(),
                    u.getDepartment() == null ? null : u.getDepartment().getName(),
                    u.getRoles().stream().map(Role::name).sorted().toList(), u.isLocalAccount(), u.getVersion());
        }
    }
}
