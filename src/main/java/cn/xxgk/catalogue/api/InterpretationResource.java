package cn.xxgk.catalogue.api;

import cn.xxgk.catalogue.boundary.Interpretations;
import cn.xxgk.catalogue.entity.InterpretationLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/gov-info/interpretations: the office links a published policy interpretation (政策解读)
 * to the published document it explains, or removes the link. The public catalogue entry of each
 * side then names the other ({@code interprets}, {@code interpretations}).
 */
@Path("gov-info/interpretations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "gov-info", description = "主动公开流程：拟稿、确认、审核、保密审查、签发、编目、发布（需登录）")
public class InterpretationResource {

    @Inject
    Interpretations interpretations;

    /** The link to make: both sides by index number. */
    public record LinkBody(@Size(max = 64) String interpretation, @Size(max = 64) String document) {
    }

    /** A link made. */
    public record LinkView(String interpretation, String document, String linkedBy) {
    }

    @POST
    @Operation(summary = "关联政策解读（办公室）",
            description = "interpretation 为解读信息的索引号，document 为其解读的文件的索引号；两者均须已公开，不得关联自身、重复关联或形成循环。")
    @APIResponse(responseCode = "201", description = "已关联")
    @APIResponse(responseCode = "400", description = "索引号不存在、未公开、关联自身、已关联或形成循环（application/problem+json）")
    public Response link(LinkBody body) {
        LinkBody b = body == null ? new LinkBody(null, null) : body;
        InterpretationLink link = interpretations.link(b.interpretation(), b.document());
        String number = b.interpretation().strip();
        return Response.created(URI.create("gov-info/interpretations/" + number))
                .entity(new LinkView(number, b.document().strip(), link.getLinkedBy())).build();
    }

    @DELETE
    @Path("{organisationCode}/{yearSerial}")
    @Operation(summary = "解除政策解读的关联（办公室）", description = "路径为解读信息的索引号。")
    @APIResponse(responseCode = "204", description = "已解除")
    @APIResponse(responseCode = "400", description = "索引号不存在或未关联（application/problem+json）")
    public Response unlink(@PathParam("organisationCode") String organisationCode,
                           @PathParam("yearSerial") String yearSerial) {
        interpretations.unlink(organisationCode + "/" + yearSerial);
        return Response.noContent().build();
    }
}
