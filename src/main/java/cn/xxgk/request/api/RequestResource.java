package cn.xxgk.request.api;

import static cn.xxgk.platform.control.InputRules.isoDate;
import static cn.xxgk.request.api.RequestJson.form;
import static cn.xxgk.request.api.RequestJson.parse;
import static cn.xxgk.request.api.RequestJson.parseRequired;
import static cn.xxgk.request.api.RequestJson.required;
import static cn.xxgk.request.api.RequestJson.version;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.request.api.RequestJson.Command;
import cn.xxgk.request.api.RequestJson.FullNumber;
import cn.xxgk.request.api.RequestJson.Intake;
import cn.xxgk.request.api.RequestJson.LetterView;
import cn.xxgk.request.api.RequestJson.ReceiptView;
import cn.xxgk.request.api.RequestJson.RequestSummary;
import cn.xxgk.request.api.RequestJson.RequestView;
import cn.xxgk.request.boundary.IntakeInput;
import cn.xxgk.request.boundary.Receipt;
import cn.xxgk.request.boundary.ReplyLetterDetails;
import cn.xxgk.request.boundary.RequestAcceptance;
import cn.xxgk.request.boundary.RequestAcceptance.AcceptanceDates;
import cn.xxgk.request.boundary.RequestConsultations;
import cn.xxgk.request.boundary.RequestExtensions;
import cn.xxgk.request.boundary.RequestIntake;
import cn.xxgk.request.boundary.RequestLetters;
import cn.xxgk.request.boundary.RequestProcedure;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.boundary.RequestReplies;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.RequestState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * /api/v1/requests: disclosure requests as JSON commands for the office's tools (and the tests),
 * and a read API. Each command carries the version the caller saw; failures are problem+json in
 * Chinese (400 bad input or step out of order, 403 wrong role or not the handler, 409 changed
 * meanwhile, 503 when the server lacks the personal-data keys). Identity numbers appear masked only;
 * the full number has its own audited command for the office head. The letters each step issued
 * are listed under {@code {id}/letters} and served as PDF (inline, to print) under
 * {@code letters/{letterId}} ({@link LetterHttp}). The bodies, the views and the parsing of their
 * fields are in {@link RequestJson}; a request's view is built by {@link RequestViews}.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "requests", description = "依申请公开：登记、受理、补正、征求意见、延期、答复（需登录）")
public class RequestResource {

    @Inject
    RequestIntake intake;

    @Inject
    RequestProcedure procedure;

    @Inject
    RequestAcceptance acceptance;

    @Inject
    RequestConsultations consultations;

    @Inject
    RequestExtensions extensions;

    @Inject
    RequestReplies replies;

    @Inject
    RequestRegistry registry;

    @Inject
    RequestLetters letters;

    @Inject
    RequestViews views;

    @POST
    @Operation(summary = "登记申请（办公室）", description = "返回申请编号和查询码。同一 intakeToken（或 Idempotency-Key 请求头）重复提交只登记一次，返回同一回执。")
    public Response register(Intake body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        RequestForm form = form(body);
        String token = body.intakeToken() != null ? body.intakeToken()
                : InputRules.text(idempotencyKey, "Idempotency-Key", RequestJson.MAX_TOKEN, false);
        Receipt receipt = intake.register(new IntakeInput(form, body.idNumber(), token));
        ReceiptView view = ReceiptView.of(receipt);
        return receipt.duplicate() ? Response.ok(view).build()
                : Response.created(URI.create("requests/" + receipt.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "申请列表", description = "筛选：state 状态, due=SOON 即将到期 / OVERDUE 已逾期, channel 渠道, outcome 办理结果, handler 承办人。")
    public List<RequestSummary> list(@QueryParam("state") String state, @QueryParam("due") String due,
                                     @QueryParam("channel") String channel, @QueryParam("outcome") String outcome,
                                     @QueryParam("handler") String handler, @QueryParam("max") Integer max) {
        RequestRegistry.Filter filter = new RequestRegistry.Filter(parse(RequestState.class, state, "state"),
                parse(Channel.class, channel, "channel"), parse(ReplyOutcome.class, outcome, "outcome"),
                parse(RequestRegistry.Due.class, due, "due"), handler == null || handler.isBlank() ? null : handler.strip());
        int rows = max == null ? RequestJson.DEFAULT_ROWS : InputRules.rows(max, "max", RequestJson.MAX_ROWS);
        return registry.list(filter, rows).stream().map(l -> RequestSummary.of(l.request(), l.status())).toList();
    }

    @GET
    @Path("{id}/letters")
    @Operation(summary = "申请的告知书（登记回执、补正告知书、延期答复告知书、征询函、决定公开告知书、答复书、办理情况报告）")
    public List<LetterView> letters(@PathParam("id") Long id) {
        return letters.list(id).stream().map(LetterView::of).toList();
    }

    @GET
    @Path("letters/{letterId}")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "一份告知书（PDF，可打印）")
    public Response letter(@PathParam("letterId") Long letterId) {
        return LetterHttp.inline(letters.open(letterId));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一件申请：办理记录（时间线）与期限状态")
    public RequestView one(@PathParam("id") Long id) {
        return views.of(registry.find(id), true);
    }

    @POST
    @Path("{id}/identity-number")
    @Operation(summary = "查看完整证件号码（办公室负责人，须说明用途，每次查看均记入审计）")
    public FullNumber fullNumber(@PathParam("id") Long id, Command c) {
        return new FullNumber(registry.fullIdNumber(id, c == null ? null : c.purpose()));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "受理", description = "按渠道确定起算日（《条例》第三十一条）：邮寄为签收日 signedForOn，传真、电子邮件为双方确认日中较晚者。")
    public RequestView accept(@PathParam("id") Long id, Command c) {
        return views.of(acceptance.accept(id, version(c), new AcceptanceDates(isoDate(c.signedForOn(), "signedForOn"),
                isoDate(c.applicantConfirmedOn(), "applicantConfirmedOn"), isoDate(c.agencyConfirmedOn(), "agencyConfirmedOn"))));
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "指定承办人")
    public RequestView assign(@PathParam("id") Long id, Command c) {
        return views.of(acceptance.assign(id, version(c), c.handler()));
    }

    @POST
    @Path("{id}/split")
    @Operation(summary = "拆分为一事一申请", description = "parts：各部分的申请内容（至少两项），各自编号、各自计时。")
    public List<RequestView> split(@PathParam("id") Long id, Command c) {
        return acceptance.split(id, version(c), c.parts()).stream().map(views::of).toList();
    }

    @POST
    @Path("{id}/correction-notice")
    @Operation(summary = "补正告知（一次性，以实际出具之日计，须在《条例》第三十条规定的期限内）",
            description = "sentOn：所述发出日期（留空为今天），不得晚于今天、不得早于上一步骤；告知书落款为实际出具之日。")
    public RequestView correctionNotice(@PathParam("id") Long id, Command c) {
        return views.of(procedure.sendCorrectionNotice(id, version(c), isoDate(c.sentOn(), "sentOn"),
                isoDate(c.correctBy(), "correctBy"), c.text()));
    }

    @POST
    @Path("{id}/correction")
    @Operation(summary = "收到补正", description = "答复期限自收到补正之日起重新计算。")
    public RequestView correction(@PathParam("id") Long id, Command c) {
        return views.of(procedure.receiveCorrection(id, version(c), isoDate(c.receivedOn(), "receivedOn"),
                c.description()));
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "逾期未补正，视为放弃申请")
    public RequestView abandon(@PathParam("id") Long id, Command c) {
        return views.of(replies.abandon(id, version(c)));
    }

    @POST
    @Path("{id}/consultation")
    @Operation(summary = "征求第三方（THIRD_PARTY）或其他机关（AGENCY）意见", description = "答复期限自发出之日起暂停；"
            + "对方的答复期限自其收到征求意见函之日起计算。letterDelivery：IN_PERSON 直接送达（当日收到，默认）、"
            + "POST 邮寄（签收后以 consultation-letter-received 登记收到日期）。同时生成征求意见函。")
    public RequestView consult(@PathParam("id") Long id, Command c) {
        return views.of(consultations.consult(id, version(c), parseRequired(ConsultationKind.class, c.kind(), "kind"),
                c.party(), c.matter(), isoDate(c.sentOn(), "sentOn"), parse(LetterDelivery.class, c.letterDelivery(), "letterDelivery")));
    }

    @POST
    @Path("{id}/consultation-letter-received")
    @Operation(summary = "登记邮寄的征求意见函的签收日期（receivedOn）", description = "对方的答复期限自该日起计算。")
    public RequestView consultationLetterReceived(@PathParam("id") Long id, Command c) {
        return views.of(consultations.letterReceived(id, version(c), isoDate(c.receivedOn(), "receivedOn")));
    }

    @POST
    @Path("{id}/consultation-answer")
    @Operation(summary = "记录意见：CONSENT 同意, REFUSAL 不同意, SILENCE 逾期未答复", description = "答复期限自收到意见之日后恢复计算。")
    public RequestView answer(@PathParam("id") Long id, Command c) {
        return views.of(consultations.recordAnswer(id, version(c), parseRequired(ConsultationKind.class, c.kind(), "kind"),
                parse(ConsultationAnswer.class, c.answer(), "answer"), isoDate(c.receivedOn(), "receivedOn"), c.text()));
    }

    @POST
    @Path("{id}/public-interest-override")
    @Operation(summary = "第三方不同意，但不公开可能对公共利益造成重大影响，决定公开并书面告知第三方",
            description = "reason：决定公开的理由；noticeText：决定公开的政府信息内容。同时生成《政府信息决定公开告知书》。")
    public RequestView override(@PathParam("id") Long id, Command c) {
        return views.of(consultations.overrideInPublicInterest(id, version(c), c.reason(), c.noticeText(),
                isoDate(c.noticeOn(), "noticeOn")));
    }

    @POST
    @Path("{id}/extension-request")
    @Operation(summary = "申请延期（合计不超过法定上限，答复期限届满前）", description = "《条例》第三十三条。")
    public RequestView extensionRequest(@PathParam("id") Long id, Command c) {
        return views.of(extensions.requestExtension(id, version(c), required(c.workingDays(), "workingDays"), c.reason()));
    }

    @POST
    @Path("{id}/extension-decision")
    @Operation(summary = "办公室负责人批准或不批准延期（approve）")
    public RequestView extensionDecision(@PathParam("id") Long id, Command c) {
        return views.of(extensions.decideExtension(id, version(c), required(c.approve(), "approve"), c.comment()));
    }

    @POST
    @Path("{id}/reasons-request")
    @Operation(summary = "要求申请人说明理由（《条例》第三十五条）", description = "text：要求说明的事项；askedOn：日期（留空为今天）。"
            + "此后答复方可认定为无正当理由大量反复申请。")
    public RequestView reasonsRequest(@PathParam("id") Long id, Command c) {
        return views.of(replies.askForReasons(id, version(c), c.text(), isoDate(c.askedOn(), "askedOn")));
    }

    @POST
    @Path("{id}/reply")
    @Operation(summary = "答复", description = "outcome 与 reason 采用年度报告的办理结果分类，且须为申请经过所允许者（见 replyOptions）；"
            + "予以公开、部分公开须说明获取方式。"
            + "同时生成答复书：alreadyPublished=true 为已主动公开（第三十六条第一项）；本机关不掌握且 competentAgency 填写负责公开的机关时"
            + "按第三十六条第五项告知（competentAgencyContact 为其联系方式，二者须同时填写）。")
    public RequestView reply(@PathParam("id") Long id, Command c) {
        return views.of(replies.reply(id, version(c), parse(ReplyOutcome.class, c.outcome(), "outcome"),
                parse(ReplyReason.class, c.reason(), "reason"), c.text(), c.howToObtain(), isoDate(c.repliedOn(), "repliedOn"),
                new ReplyLetterDetails(Boolean.TRUE.equals(c.alreadyPublished()), c.competentAgency(),
                        c.competentAgencyContact())));
    }

    @POST
    @Path("{id}/delivery")
    @Operation(summary = "送达记录（办结）")
    public RequestView delivery(@PathParam("id") Long id, Command c) {
        return views.of(replies.recordDelivery(id, version(c), parse(DeliveryMethod.class, c.method(), "method"),
                isoDate(c.deliveredOn(), "deliveredOn"), c.reference()));
    }

    @POST
    @Path("{id}/not-a-request")
    @Operation(summary = "信访、投诉、举报等，不作为政府信息公开申请处理（《条例》第三十九条）")
    public RequestView notARequest(@PathParam("id") Long id, Command c) {
        return views.of(replies.markNotARequest(id, version(c), c.note()));
    }

    @POST
    @Path("{id}/repeat")
    @Operation(summary = "标记为重复申请（earlierNumber：同一申请人先前的申请编号）")
    public RequestView repeat(@PathParam("id") Long id, Command c) {
        return views.of(procedure.flagRepeat(id, version(c), c.earlierNumber()));
    }

    @POST
    @Path("{id}/report-back")
    @Operation(summary = "转办件向市政府办公厅政务公开办反馈办理结果", description = "生成办理情况报告；letterIds：随附的本申请告知书，"
            + "不填则随附发给申请人的全部告知书。")
    public RequestView reportBack(@PathParam("id") Long id, Command c) {
        return views.of(replies.reportBack(id, version(c), c.result(), isoDate(c.reportedOn(), "reportedOn"), c.letterIds()));
    }
}
