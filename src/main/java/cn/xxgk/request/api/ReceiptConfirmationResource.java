package cn.xxgk.request.api;

import static cn.xxgk.request.api.RequestJson.version;

import cn.xxgk.request.api.RequestJson.Command;
import cn.xxgk.request.api.RequestJson.RequestView;
import cn.xxgk.request.boundary.RequestAcceptance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * POST /api/v1/requests/{id}/confirm-receipt: the office confirms a request filed online (确认收到,
 * Art. 31(3)), beside the other steps of {@link RequestResource} (kept in a class of its own so
 * that that one stays readable); the same rules: the version seen, problem+json on refusal.
 */
@Path("requests/{id}/confirm-receipt")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "requests")
public class ReceiptConfirmationResource {

    @Inject
    RequestAcceptance acceptance;

    @Inject
    RequestViews views;

    @POST
    @Operation(summary = "确认收到网上申请", description = "以双方确认之日为收到申请之日（《条例》第三十一条第三项）：今天即收到申请之日，"
            + "答复期限自此起算，并生成登记回执。办公室任一成员均可确认，确认人成为承办人。")
    public RequestView confirm(@PathParam("id") Long id, Command c) {
        return views.of(acceptance.confirmReceipt(id, version(c)));
    }
}
