package cn.xxgk.remedy.api;

import static cn.xxgk.platform.control.InputRules.isoDate;
import static cn.xxgk.remedy.api.RemedyJson.parse;
import static cn.xxgk.remedy.api.RemedyJson.version;

import cn.xxgk.platform.api.ContentDisposition;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.remedy.api.RemedyJson.CaseView;
import cn.xxgk.remedy.api.RemedyJson.Command;
import cn.xxgk.remedy.api.RemedyJson.DocumentView;
import cn.xxgk.remedy.api.RemedyJson.NewCase;
import cn.xxgk.remedy.api.RemedyJson.TallyView;
import cn.xxgk.remedy.boundary.RemedyCases;
import cn.xxgk.remedy.boundary.RemedyRegistry;
import cn.xxgk.remedy.entity.RemedyCase;
import cn.xxgk.remedy.entity.RemedyDocument;
import cn.xxgk.remedy.entity.RemedyKind;
import cn.xxgk.remedy.entity.RemedyResult;
import cn.xxgk.request.boundary.RequestReferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/remedy-cases: administrative review and litigation cases about requests (the office), their
 * documents (PDF, JPEG, PNG sent as the raw body with {@code fileName}), and {@code tally/{year}},
 * section 四 of the annual report. Failures are problem+json: 400 bad input (a case without its
 * request among them), 403 wrong role, 409 changed meanwhile.
 */
@Path("remedy-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "remedy-cases", description = "行政复议、行政诉讼案件（需登录，办公室）")
public class RemedyResource {

    @Inject
    RemedyCases cases;

    @Inject
    RemedyRegistry registry;

    @Inject
    RequestReferences requests;

    @POST
    @Operation(summary = "登记行政复议或行政诉讼案件", description = "kind：REVIEW 行政复议、SUIT 未经复议直接起诉、SUIT_AFTER_REVIEW 复议后起诉；须关联已登记的申请 requestNumber。")
    public Response open(NewCase body) {
        if (body == null) {
            throw new InvalidInputException("remedy.invalid.requestNumber");
        }
        RemedyCase c = cases.open(new RemedyCases.NewCase(body.requestNumber(), parse(RemedyKind.class, body.kind(), "kind"),
                body.reviewCaseId(), body.body(), body.caseNumber(), isoDate(body.receivedOn(), "receivedOn"), body.note(),
                isoDate(body.copyReceivedOn(), "copyReceivedOn")));
        return Response.created(URI.create("remedy-cases/" + c.getId())).entity(view(c)).build();
    }

    @GET
    @Operation(summary = "一件申请的复议、诉讼案件", description = "requestNumber：申请编号。")
    public List<CaseView> ofRequest(@QueryParam("requestNumber") String requestNumber) {
        Long id = requests.byNumber(requestNumber).orElseThrow(() -> new InvalidInputException("remedy.invalid.requestNumber")).id();
        return registry.ofRequest(id).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一件案件")
    public CaseView one(@PathParam("id") Long id) {
        return view(registry.find(id));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "登记审结结果", description = "result：UPHELD 维持、CORRECTED 纠正、OTHER 其他；decidedOn 审结日期。")
    public CaseView decide(@PathParam("id") Long id, Command c) {
        return view(cases.decide(id, version(c), parse(RemedyResult.class, c.result(), "result"),
                isoDate(c.decidedOn(), "decidedOn")));
    }

    @POST
    @Path("{id}/defence-deadline")
    @Operation(summary = "登记行政复议答复期限", description = "copyReceivedOn：收到申请书副本之日；十个工作日内答复（《行政复议法》第四十八条、第八十八条），到期前提醒。")
    public CaseView defenceDeadline(@PathParam("id") Long id, Command c) {
        return view(cases.enterDefenceDeadline(id, version(c), isoDate(c.copyReceivedOn(), "copyReceivedOn")));
    }

    @POST
    @Path("{id}/defence-submitted")
    @Operation(summary = "已提交书面答复（停止提醒）")
    public CaseView defenceSubmitted(@PathParam("id") Long id, Command c) {
        return view(cases.defenceSubmitted(id, version(c)));
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "案件材料列表")
    public List<DocumentView> documents(@PathParam("id") Long id) {
        registry.find(id);
        return registry.documents(List.of(id)).stream().map(DocumentView::of).toList();
    }

    @POST
    @Path("{id}/documents")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "上传案件材料", description = "请求体为文件本身（PDF、JPEG、PNG，最大 10 MB），fileName 为文件名。")
    public Response addDocument(@PathParam("id") Long id, @QueryParam("fileName") String fileName, byte[] content) {
        RemedyDocument d = cases.addDocument(id, fileName, content);
        return Response.created(URI.create("remedy-cases/documents/" + d.getId())).entity(DocumentView.of(d)).build();
    }

    @GET
    @Path("documents/{documentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    @Operation(summary = "下载案件材料")
    public Response document(@PathParam("documentId") Long documentId) {
        RemedyDocument d = registry.document(documentId);
        return Response.ok(d.getContent(), d.getContentType())
                .header("Content-Disposition", ContentDisposition.attachment(d.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("tally/{year}")
    @Operation(summary = "年度报告第四部分：行政复议、行政诉讼情况", description = "各类案件按结果（维持、纠正、其他、尚未审结、总计）统计。")
    public TallyView tally(@PathParam("year") int year) {
        return TallyView.of(registry.tally(year));
    }

    private CaseView view(RemedyCase c) {
        return CaseView.of(c, registry.defenceDeadline(c).orElse(null));
    }
}
