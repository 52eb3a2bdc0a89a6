package cn.xxgk.catalogue.api;

import cn.xxgk.catalogue.boundary.AttributeDecision;
import cn.xxgk.catalogue.boundary.DraftInput;
import cn.xxgk.catalogue.boundary.GovInfoAttachments;
import cn.xxgk.catalogue.boundary.GovInfoChain;
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
import jakarta.ws.rs.FormParam;
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
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @Operation(summary = "政府信息公开目录备案表（办公室）", description = "format=xlsx（默认）或 csv：该年度发布的全部信息，按索引号排列。")
    public Response filing(@PathParam("year") String year, @QueryParam("format") String format) {
        FilingTable table = filing.year(parseYear(year));
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("catalogue.api.badValue", "format", format);
        }
        String name = "filing-" + year + (csv ? ".csv" : ".xlsx");
        return Response.ok(csv ? table.csv() : table.xlsx(),
                        csv ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
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
    @Operation(summary = "办公室审核公开属性", description = "可改变属性（须说明理由）；免予公开须有法定依据和理由，由办公室审定。")
    public GovInfoView review(@PathParam("id") Long id, Command c) {
        return view(chain.review(id, version(c), decision(c), text(c, Command::comment)));
    }

    @POST
    @Path("{id}/consult")
    @Operation(summary = "就属性咨询市政府办公厅政务公开办")
    public GovInfoView consult(@PathParam("id") Long id, Command c) {
        return view(chain.consult(id, version(c), text(c, Command::question)));
    }

    @POST
    @Path("{id}/consultation-answer")
    @Operation(summary = "记录咨询答复")
    public GovInfoView consultationAnswer(@PathParam("id") Long id, Command c) {
        return view(chain.recordConsultationAnswer(id, version(c), text(c, Command::answer)));
    }

    @POST
    @Path("{id}/secrecy")
    @Operation(summary = "保密审查", description = "outcome: PASSED 通过, DOUBTFUL 存疑（text 为报送的问题）, CLASSIFIED 定密（level 必填）；存疑件再审时 text 为答复。")
    public GovInfoView secrecy(@PathParam("id") Long id, Command c) {
        long version = version(c);
        return view(chain.secrecy(id, version, parse(SecrecyOutcome.class, c.outcome(), "outcome"),
                parse(ClassificationLevel.class, c.level(), "level"), c.text(), c.comment()));
    }

    @POST
    @Path("{id}/sign-off")
    @Operation(summary = "领导签发，确定最终公开属性")
    public GovInfoView signOff(@PathParam("id") Long id, Command c) {
        return view(chain.signOff(id, version(c), decision(c), text(c, Command::comment)));
    }

    @POST
    @Path("{id}/catalogue")
    @Operation(summary = "编目，给出索引号")
    public GovInfoView catalogue(@PathParam("id") Long id, Command c) {
        return view(chain.catalogue(id, version(c)));
    }

    @POST
    @Path("{id}/agency-confirmation")
    @Operation(summary = "记录涉及的其他机关的确认")
    public GovInfoView agencyConfirmation(@PathParam("id") Long id, Command c) {
        return view(chain.recordAgencyConfirmation(id, version(c), c.confirmedBy(), c.text()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "发布（仅主动公开属性）", description = "发布日期及至少一个发布渠道；同时结束发布期限。")
    public GovInfoView publish(@PathParam("id") Long id, Command c) {
        long version = version(c);
        List<ChannelRecord> channels = c.channels() == null ? List.of() : c.channels().stream()
                .map(ch -> new ChannelRecord(requiredText(ch.channel(), "channel"),
                        requiredDate(ch.date() == null ? c.publishedDate() : ch.date(), "channels.date"), ch.reference()))
                .toList();
        return view(chain.publish(id, version, date(c.publishedDate(), "publishedDate"), channels));
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
    public Response addAttachment(@PathParam("id") Long id, @FormParam("file") EntityPart file) throws IOException {
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

    // ---- JSON bodies ---------------------------------------------------------------------

    /** The drafting sheet; enumerations by name, dates yyyy-MM-dd. */
    public record Draft(String title, String body, String documentType, String documentNumber, String writtenDate,
                        String subjectCategory, String subjectSubcategory, String keyContentCategory,
                        Boolean officialDocument, String attribute, String exemptionGround, String exemptionReason,
                        Boolean involvesOtherAgency, String otherAgencyName, Long version) {
    }

    /** The body of every step command; each uses the fields it needs. */
    public record Command(Long version, String comment, String attribute, String changeReason, String exemptionGround,
                          String exemptionReason, String question, String answer, String outcome, String level,
                          String text, String confirmedBy, String publishedDate, List<Channel> channels) {
    }

    public record Channel(String channel, String date, String reference) {
    }

    public record StepView(String step, String fromState, String toState, String actor, String comment,
                           LocalDateTime at) {
        static StepView of(GovInfoStep s) {
            return new StepView(s.getStep().name(), s.getFromState() == null ? null : s.getFromState().name(),
                    s.getToState().name(), s.getActor(), s.getComment(), s.getOccurredAt());
        }
    }

    public record GovInfoView(Long id, String state, Long departmentId, String title, String body, String bodyHtml,
                              String documentType, String documentNumber, LocalDate writtenDate,
                              String subjectCategory, String subjectSubcategory, String keyContentCategory,
                              boolean officialDocument, String attribute, String attributeChangeReason,
                              String exemptionGround, String exemptionReason, String classificationLevel,
                              boolean involvesOtherAgency, String otherAgencyName, LocalDateTime otherAgencyConfirmedAt,
                              String signedOffBy, String indexNumber, LocalDate publishedDate, List<Channel> channels,
                              int infoVersion, Long previousId, Long publicationDeadlineId, String lastComment,
                              long version, List<StepView> steps) {
        static GovInfoView of(GovInfo g, List<GovInfoStep> steps) {
            return new GovInfoView(g.getId(), g.getState().name(), g.getDepartmentId(), g.getTitle(), g.getBodyText(),
                    g.getBodyHtml(), g.getDocumentType(), g.getDocumentNumber(), g.getWrittenDate(),
                    g.getSubjectCategory().name(), g.getSubjectSubcategory(), name(g.getKeyContentCategory()),
                    g.isOfficialDocument(), g.getAttribute().name(), g.getAttributeChangeReason(),
                    name(g.getExemptionGround()), g.getExemptionReason(), name(g.getClassificationLevel()),
                    g.isInvolvesOtherAgency(), g.getOtherAgencyName(), g.getOtherAgencyConfirmedAt(),
                    g.getSignedOffBy(), g.getIndexNumber(), g.getPublishedDate(),
                    g.getChannels().stream().map(ch -> new Channel(ch.getChannel(),
                            ch.getPublishedOn().toString(), ch.getReference())).toList(),
                    g.getInfoVersion(), g.getPreviousId(), g.getPublicationDeadlineId(), g.getLastComment(),
                    g.getVersion(), steps == null ? null : steps.stream().map(StepView::of).toList());
        }
    }

    /** An item late against its publication deadline, by how many working days. */
    public record LateView(Long id, String title, String state, String department, LocalDate writtenDate,
                           LocalDate dueDate, LocalDate publishedDate, int workingDaysLate) {
        static LateView of(QueueRow row) {
            GovInfo g = row.info();
            return new LateView(g.getId(), g.getTitle(), g.getState().name(), row.departmentName(), g.getWrittenDate(),
                    row.deadline() == null ? null : row.deadline().dueDate(), g.getPublishedDate(), row.workingDaysLate());
        }
    }

    private static int parseYear(String year) {
        try {
            int y = Integer.parseInt(year);
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException notANumber) {
            // the problem below
        }
        throw new InvalidInputException("catalogue.api.badValue", "year", year);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    // ---- parsing with Chinese messages -----------------------------------------------------

    private static GovInfoView view(GovInfo info) {
        return GovInfoView.of(info, null);
    }

    private static DraftInput input(Draft d) {
        if (d == null) {
            throw new InvalidInputException("catalogue.invalid.titleRequired");
        }
        return new DraftInput(d.title(), d.body(), d.documentType(), d.documentNumber(),
                date(d.writtenDate(), "writtenDate"), parse(SubjectCategory.class, d.subjectCategory(), "subjectCategory"),
                d.subjectSubcategory(), parse(KeyContentCategory.class, d.keyContentCategory(), "keyContentCategory"),
                Boolean.TRUE.equals(d.officialDocument()), parse(DisclosureAttribute.class, d.attribute(), "attribute"),
                parse(ExemptionGround.class, d.exemptionGround(), "exemptionGround"), d.exemptionReason(),
                Boolean.TRUE.equals(d.involvesOtherAgency()), d.otherAgencyName());
    }

    private static AttributeDecision decision(Command c) {
        return new AttributeDecision(parse(DisclosureAttribute.class, c.attribute(), "attribute"), c.changeReason(),
                parse(ExemptionGround.class, c.exemptionGround(), "exemptionGround"), c.exemptionReason());
    }

    private static long version(Command c) {
        return c == null ? missingVersion() : version(c.version());
    }

    private static long version(Long version) {
        return version == null ? missingVersion() : version;
    }

    private static long missingVersion() {
        throw new InvalidInputException("catalogue.api.versionRequired");
    }

    private static String text(Command c, java.util.function.Function<Command, String> field) {
        return field.apply(c);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("catalogue.api.badValue", field, value);
        }
    }

    static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("catalogue.api.missing", field);
        }
        return value.strip();
    }

    static LocalDate requiredDate(String value, String field) {
        LocalDate date = date(value, field);
        if (date == null) {
            throw new InvalidInputException("catalogue.api.missing", field);
        }
        return date;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("catalogue.api.badDate", field, value);
        }
    }
}
