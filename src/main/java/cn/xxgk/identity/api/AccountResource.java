package cn.xxgk.identity.api;

import cn.xxgk.identity.boundary.OwnPassword;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * POST /api/v1/account/password: the caller changes their own password, proving the current one
 * (204; 400 with the rule broken; 401 without login).
 */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    OwnPassword ownPassword;

    @POST
    @Path("password")
    public Response changePassword(PasswordChange request) {
        if (request == null) {
            throw new BadRequestException();
        }
        ownPassword.change(request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }
}
