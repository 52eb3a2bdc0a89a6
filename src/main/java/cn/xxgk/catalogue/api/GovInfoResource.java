package cn.xxgk.catalogue.api;

import cn.xxgk.platform.control.MediaTypes;
import cn.xxgk.catalogue.boundary.AttributeDecision;
import cn.xxgk.catalogue.boundary.DraftInput;
import cn.xxgk.catalogue.boundary.GovInfoAttachments;
import cn.xxgk.catalogue.boundary.GovInfoChain;
import cn.xxgk.catalogue.boundary.GovInfoPublication;
import cn.xxgk.catalogue.boundary.GovInfoReview;
import cn.xxgk.catalogue.boundary.FilingExport;
import cn.xxgk.catalogue.boundary.GovInfoQueues;
import cn.xxgk.catalogue.boundary.QueueRow;
import cn.xxgk.catalogue.control.FilingTable;
import cn.xxgk.catalogue.boundary.QueueFilter;
import cn.xxgk.catalogue.boundary.SecrecyOutcome;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.ChannelRecord;
import cn.xxgk.catalogue.entity.ClassificationLevel;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.ExemptionGround;
import cn.xxgk.catalogue.entity.GovInfo;
import cn.xxgk.catalogue.entity.GovInfoState;
import cn.xxgk.catalogue.entity.GovInfoStep;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import static cn.xxgk.platform.control.InputRules.isoDate;
import static cn.xxgk.catalogue.api.GovInfoJson.decision;
import static cn.xxgk.catalogue.api.GovInfoJson.input;
import static cn.xxgk.catalogue.api.GovInfoJson.missingVersion;
import static cn.xxgk.catalogue.api.GovInfoJson.parse;
import static cn.xxgk.catalogue.api.GovInfoJson.parseYear;
import static cn.xxgk.catalogue.api.GovInfoJson.requiredText;
import static cn.xxgk.catalogue.api.GovInfoJson.text;
import static cn.xxgk.catalogue.api.GovInfoJson.version;
import static cn.xxgk.catalogue.api.GovInfoJson.view;

import cn.xxgk.catalogue.api.GovInfoJson.Command;
import cn.xxgk.catalogue.api.GovInfoJson.Draft;
import cn.xxgk.catalogue.api.GovInfoJson.GovInfoView;
import cn.xxgk.catalogue.api.GovInfoJson.LateView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/gov-info: the chain of proactive disclosure as JSON commands, for the office's tools
 * (and the tests). Each command carries the version the caller saw; the boundary checks role,
 * department and state; failures are problem+json in Chinese (400 bad input or step out of order,
 * 403 wrong role or department, 409 changed meanwhile). Attachments: multipart upload, JSON list,
 * download with the type detected from the content.
 */
@Path("gov-info")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "gov-info", description = "主动公开流程：拟稿、确认、审核、保密审查、签发、编目、发布（需登录）")
public class GovInfoResource {

    @Inject
    GovInfoChain chain;

    @Inject
    GovInfoReview review;

    @Inject
    GovInfoPublication publication;

    @Inject
    GovInfoQueues queues;

    @Inject
    FilingExport filing;

    @Inject
    Clock clock;

    @Inject
    GovInfoAttachments attachments;

    @GET
    @Operation(summary = "某一环节待办的信息", description = "办公室与领导看到全部处室的，处室人员只看到本处室的。")
    public List<GovInfoView> queue(@QueryParam("state") String state) {
        GovInfoState wanted = state == null || state.isBlank() ? GovInfoState.DRAFT
                : parse(GovInfoState.class, state, "state");
        return queues.find(QueueFilter.of(wanted), 200).stream().map(row -> GovInfoView.of(row.info(), null)).toList();
    }

    @GET
    @Path("late")
    @Operation(summary = "逾期发布的信息", description = "超过 20 个工作日发布期限仍未发布，或晚于期限发布（该年度）的主动公开信息，按逾期工作日从多到少。")
    public List<LateView> late(@QueryParam("year") String year) {
        int y = year == null || year.isBlank() ? LocalDate.now(clock).getYear() : parseYear(year);
        return queues.late(y).stream().map(LateView::of).toList();
    }

    @GET
    @Path("filing/{year}")
    @Produces({MediaTypes.XLSX, "text/csv"})
    @Operation(summary = "政府信息公开目录备案表（办公室）", description = "format=xlsx（默认）或 csv：该年度发布的全部信息，按索引号排列。")
    public Response filing(@PathParam("year") String year, @QueryParam("format") String format) {
        FilingTable table = filing.year(parseYear(year));
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("catalogue.api.badValue", "format", format);
        }
        String name = "filing-" + year + (csv ? ".csv" : ".xlsx");
        return Response.ok(csv ? table.csv() : table.xlsx(),
                        csv ? "text/csv; charset=UTF-8" : MediaTypes.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一条信息及其全部办理记录")
    public GovInfoView one(@PathParam("id") Long id) {
        return GovInfoView.of(chain.find(id), chain.history(id));
    }

    @POST
    @Operation(summary = "拟稿（处室工作人员）", description = "同时按成文日期起算 20 个工作日的发布期限。")
    public Response create(Draft draft) {
        GovInfo created = chain.create(input(draft));
        return Response.created(URI.create("gov-info/" + created.getId())).entity(GovInfoView.of(created, null)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "修改拟稿（本处室工作人员，仅拟稿状态）")
    public GovInfoView edit(@PathParam("id") Long id, Draft draft) {
        return view(chain.edit(id, draft == null ? missingVersion() : version(draft.version()), input(draft)));
    }

    @POST
    @Path("{id}/confirm")
    @Operation(summary = "处室负责人确认")
    public GovInfoView confirm(@PathParam("id") Long id, Command c) {
        return view(chain.confirm(id, version(c), text(c, Command::comment)));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "退回处室修改（须填写意见）")
    public GovInfoView returnToDraft(@PathParam("id") Long id, Command c) {
        return view(chain.returnToDraft(id, version(c), text(c, Command::comment)));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "办公室审核公开属性", description = "可改变属性（须说明理由）；免予公开须有法定依据和理由，由办公室负责人审定。")
    public GovInfoView review(@PathParam("id") Long id, Command c) {
        return view(review.review(id, version(c), decision(c), text(c, Command::comment)));
    }

    @POST
    @Path("{id}/consult")
    @Operation(summary = "就属性咨询市政府办公厅政务公开办")
    public GovInfoView consult(@PathParam("id") Long id, Command c) {
        return view(review.consult(id, version(c), text(c, Command::question)));
    }

    @POST
    @Path("{id}/consultation-answer")
    @Operation(summary = "记录咨询答复")
    public GovInfoView consultationAnswer(@PathParam("id") Long id, Command c) {
        return view(review.recordConsultationAnswer(id, version(c), text(c, Command::answer)));
    }

    @POST
    @Path("{id}/secrecy")
    @Operation(summary = "保密审查", description = "outcome: PASSED 通过, DOUBTFUL 存疑（text 为报送的问题）, CLASSIFIED 定密（level 必填）；存疑件再审时 text 为答复。")
    public GovInfoView secrecy(@PathParam("id") Long id, Command c) {
        long version = version(c);
        return view(review.secrecy(id, version, parse(SecrecyOutcome.class, c.outcome(), "outcome"),
                parse(ClassificationLevel.class, c.level(), "level"), c.text(), c.comment()));
    }

    @POST
    @Path("{id}/sign-off")
    @Operation(summary = "领导签发，确定最终公开属性", description = "公文由局主要领导签发（本局设置授权分管领导签发公文的，分管领导亦可，并记录所依授权）；非公文类信息由分管领导或局主要领导签发。")
    public GovInfoView signOff(@PathParam("id") Long id, Command c) {
        return view(review.signOff(id, version(c), decision(c), text(c, Command::comment)));
    }

    @POST
    @Path("{id}/catalogue")
    @Operation(summary = "编目，给出索引号")
    public GovInfoView catalogue(@PathParam("id") Long id, Command c) {
        return view(publication.catalogue(id, version(c)));
    }

    @POST
    @Path("{id}/agency-confirmation")
    @Operation(summary = "记录涉及的其他机关的确认", description = "confirmedOn：对方确认之日（事后登记时填写），不得晚于今天、不得早于上一步骤；历史同时显示登记时间。")
    public GovInfoView agencyConfirmation(@PathParam("id") Long id, Command c) {
        return view(publication.recordAgencyConfirmation(id, version(c), c.confirmedBy(), c.text(),
                isoDate(c.confirmedOn(), "confirmedOn")));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "发布（仅主动公开属性）", description = "发布日期为执行发布的当日（publishedDate 可省略，填写时须为今天）；至少一个发布渠道，渠道日期为在该渠道实际刊发之日（缺省为今天，不得早于上一步骤）；同时结束发布期限。")
    public GovInfoView publish(@PathParam("id") Long id, Command c) {
        long version = version(c);
        List<ChannelRecord> channels = c.channels() == null ? List.of() : c.channels().stream()
                .map(ch -> new ChannelRecord(requiredText(ch.channel(), "channel"),
                        isoDate(ch.date() == null ? c.publishedDate() : ch.date(), "channels.date"), ch.reference()))
                .toList();
        return view(publication.publish(id, version, isoDate(c.publishedDate(), "publishedDate"), channels));
    }

    @POST
    @Path("{id}/revise")
    @Operation(summary = "已公开信息变更：生成新版本（重新走流程）")
    public Response revise(@PathParam("id") Long id, Command c) {
        GovInfo next = chain.revise(id, version(c));
        return Response.created(URI.create("gov-info/" + next.getId())).entity(GovInfoView.of(next, null)).build();
    }

    // ---- attachments ---------------------------------------------------------------------

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "一条信息的附件", description = "与查看该信息的权限相同。")
    public List<AttachmentView> attachments(@PathParam("id") Long id) {
        return attachments.list(id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "上传附件（本处室工作人员，仅拟稿状态）",
            description = "multipart/form-data，文件放在 file 字段。按文件内容判断类型（PDF、OFD、Word、Excel、PowerPoint、WPS、PNG、JPEG、GIF、TIFF），扩展名须与内容一致；超过大小限制、空文件、伪装或不支持的文件返回 400。")
    public Response addAttachment(@PathParam("id") Long id, List<EntityPart> parts) throws IOException {
        // the parts as a list, not @FormParam("file"): Jersey's form-parameter provider fails with a
        // NullPointerException (a 500) on a body without the named part
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElse(null);
        if (file == null) {
            throw new InvalidInputException("attachment.api.fileRequired");
        }
        try (InputStream content = file.getContent()) {
            Attachment added = attachments.add(id, AttachmentHttp.uploadedFileName(file.getFileName().orElse(null)), content);
            return Response.created(URI.create("gov-info/attachments/" + added.getId()))
                    .entity(AttachmentView.of(added)).build();
        }
    }

    @DELETE
    @Path("attachments/{attachmentId}")
    @Operation(summary = "删除附件（本处室工作人员，仅拟稿状态）")
    public Response removeAttachment(@PathParam("attachmentId") Long attachmentId) {
        attachments.remove(attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "下载附件", description = "与查看该信息的权限相同；类型为上传时按内容检测的类型，以附件方式下载。")
    public Response downloadAttachment(@PathParam("attachmentId") Long attachmentId) {
        return AttachmentHttp.download(attachments.open(attachmentId), false);
    }
}
