package cn.xxgk.search.api;

import cn.xxgk.search.boundary.RebuildProgress;
import cn.xxgk.search.boundary.Search;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/search-index: the office head's commands on this node's search index. The index follows the
 * catalogue by itself; these repair it: rebuild all (in the background, progress by GET), index or drop one entry.
 */
@Path("search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search-index", description = "检索索引维护（办公室负责人）")
public class SearchIndexResource {

    @Inject
    Search search;

    @POST
    @Path("rebuild")
    @Operation(summary = "重建本节点的检索索引（后台进行，进度见 GET）")
    @APIResponse(responseCode = "202", description = "已开始（或已在进行）；返回进度")
    public Response rebuild() {
        return Response.accepted(Progress.of(search.rebuild())).build();
    }

    @GET
    @Path("rebuild")
    @Operation(summary = "重建进度：done / total、是否进行中、失败原因")
    public Progress progress() {
        return Progress.of(search.rebuildProgress());
    }

    @PUT
    @Path("entries/{govInfoId}")
    @Operation(summary = "立即重新索引一条政府信息（未公开的则从索引中删去）")
    @APIResponse(responseCode = "204", description = "已完成")
    public Response index(@PathParam("govInfoId") long govInfoId) {
        search.index(govInfoId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("entries/{govInfoId}")
    @Operation(summary = "从本节点的索引删去一条（该条目再有变动时按其状态恢复）")
    @APIResponse(responseCode = "204", description = "已完成")
    public Response delete(@PathParam("govInfoId") long govInfoId) {
        search.delete(govInfoId);
        return Response.noContent().build();
    }

    /** The progress with its percentage, for a progress bar. */
    public record Progress(boolean running, long done, long total, int percent, String startedAt, String finishedAt,
                           String failure) {

        static Progress of(RebuildProgress p) {
            return new Progress(p.running(), p.done(), p.total(), p.percent(),
                    p.startedAt() == null ? null : p.startedAt().toString(),
                    p.finishedAt() == null ? null : p.finishedAt().toString(), p.failure());
        }
    }
}
