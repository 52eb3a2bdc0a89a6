package cn.xxgk.catalogue.api;

import cn.xxgk.catalogue.boundary.Catalogue;
import cn.xxgk.catalogue.boundary.GovInfoAttachments;
import cn.xxgk.catalogue.entity.IndexNumber;
import cn.xxgk.platform.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public, read-only catalogue of proactively disclosed information (no login); the portal
 * builds on it. Only published entries exist here: an unknown and an unpublished index number
 * get the same 404. The search of the catalogue ({@code GET /api/v1/catalogue?q=}) is answered by
 * {@code cn.xxgk.search.api.CatalogueSearchResource} from the search index; this class therefore sits at
 * the deeper path {@code catalogue/{organisationCode}}, so that the two never compete for a request.
 */
@Path("catalogue/{organisationCode}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "政府信息公开目录（只读，无需登录）")
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @Inject
    GovInfoAttachments attachments;

    @Context
    UriInfo uri;

    @GET
    @Path("{yearSerial}")
    @Operation(summary = "按索引号查看一条已公开的政府信息",
            description = "索引号 = 组织机构代码/年份-五位流水号，例如 MB1532375/2019-00045。返回索引号、发布机构、主题分类、成文日期、发布日期、文种、文号、标题、正文和附件列表。")
    @APIResponse(responseCode = "200", description = "目录条目")
    @APIResponse(responseCode = "404", description = "不存在或尚未公开（application/problem+json）")
    public Response entry(@PathParam("organisationCode") @Parameter(example = "MB1532375") String organisationCode,
                          @PathParam("yearSerial") @Parameter(example = "2019-00045") String yearSerial) {
        return IndexNumber.parse(organisationCode, yearSerial)
                .flatMap(catalogue::entry)
                .map(entry -> Response.ok(entry).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "problem.notFound",
                        "catalogue.api.entryNotFound", "/" + uri.getPath(), organisationCode + "/" + yearSerial));
    }

    @GET
    @Path("{yearSerial}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载已公开政府信息的附件", description = "附件编号见目录条目的 attachments。")
    @APIResponse(responseCode = "200", description = "附件文件（以附件方式下载）")
    @APIResponse(responseCode = "404", description = "条目或附件不存在或尚未公开（application/problem+json）")
    public Response attachment(@PathParam("organisationCode") @Parameter(example = "MB1532375") String organisationCode,
                               @PathParam("yearSerial") @Parameter(example = "2019-00045") String yearSerial,
                               @PathParam("attachmentId") Long attachmentId) {
        return IndexNumber.parse(organisationCode, yearSerial)
                .flatMap(entry -> attachments.openPublished(entry, attachmentId))
                .map(download -> AttachmentHttp.download(download, true))
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "problem.notFound",
                        "catalogue.api.attachmentNotFound", "/" + uri.getPath()));
    }
}
