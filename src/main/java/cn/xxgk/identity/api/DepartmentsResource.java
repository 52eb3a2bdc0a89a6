package cn.xxgk.identity.api;

import cn.xxgk.identity.boundary.UserAdministration;
import cn.xxgk.identity.entity.Department;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * /api/v1/departments: the office's departments. The boundary checks the caller's role; a
 * refusal becomes a 403 problem and an audit row.
 */
@Path("departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentsResource {

    @Inject
    UserAdministration administration;

    @GET
    public List<DepartmentView> departments() {
        return administration.departments().stream().map(DepartmentView::of).toList();
    }

    @POST
    public Response create(NewDepartment request) {
        Department created = administration.createDepartment(request == null ? null : request.name());
        return Response.created(URI.create("departments/" + created.getId())).entity(DepartmentView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public DepartmentView rename(@PathParam("id") Long id, Rename request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return DepartmentView.of(administration.renameDepartment(id, request.version(), request.name()));
    }

    public record NewDepartment(String name) {
    }

    public record Rename(String name, long version) {
    }

    public record DepartmentView(Long id, String name, boolean active, long version) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.getId(), d.getName(), d.isActive(), d.getVersion());
        }
    }
}
