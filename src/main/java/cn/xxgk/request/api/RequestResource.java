package cn.xxgk.request.api;

import cn.xxgk.platform.api.ContentDisposition;

import cn.xxgk.calendar.control.Channel;
import cn.xxgk.calendar.control.DeadlineStatus;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.letter.control.LetterTemplates;
import cn.xxgk.request.boundary.IntakeInput;
import cn.xxgk.request.boundary.IssuedLetter;
import cn.xxgk.request.boundary.LetterPdf;
import cn.xxgk.request.boundary.Receipt;
import cn.xxgk.request.boundary.RequestConsultations;
import cn.xxgk.request.boundary.RequestExtensions;
import cn.xxgk.request.boundary.RequestIntake;
import cn.xxgk.request.boundary.RequestProcedure;
import cn.xxgk.request.boundary.RequestLetters;
import cn.xxgk.request.boundary.ReplyLetterDetails;
import cn.xxgk.request.boundary.RequestAcceptance;
import cn.xxgk.request.boundary.RequestAcceptance.AcceptanceDates;
import cn.xxgk.request.boundary.RequestReplies;
import cn.xxgk.request.boundary.RequestRegistry;
import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.ConsultationAnswer;
import cn.xxgk.request.entity.ConsultationKind;
import cn.xxgk.request.entity.DeliveryMethod;
import cn.xxgk.request.entity.DisclosureRequest;
import cn.xxgk.request.entity.LetterDelivery;
import cn.xxgk.request.entity.FormWanted;
import cn.xxgk.request.entity.IdentityDocumentType;
import cn.xxgk.request.entity.OrganisationKind;
import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import cn.xxgk.request.entity.RequestForm;
import cn.xxgk.request.entity.RequestState;
import cn.xxgk.request.entity.TimelineEntry;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/requests: disclosure requests as JSON commands for the office's tools (and the tests),
 * and a read API. Each command carries the version the caller saw; failures are problem+json in
 * Chinese (400 bad input or step out of order, 403 wrong role or not the handler, 409 changed
 * meanwhile, 503 when the server lacks the personal-data keys). Identity numbers appear masked only;
 * the full number has its own audited command for the office head. The letters each step issued
 * are listed under {@code {id}/letters} and served as PDF (inline, to print) under
 * {@code letters/{letterId}}.
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

    @POST
    @Operation(summary = "登记申请（办公室）", description = "返回申请编号和查询码。同一 intakeToken（或 Idempotency-Key 请求头）重复提交只登记一次，返回同一回执。")
    public Response register(Intake body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (body == null) {
            throw new InvalidInputException("request.invalid.descriptionRequired");
        }
        String token = body.intakeToken() != null ? body.intakeToken() : idempotencyKey;
        Receipt receipt = intake.register(new IntakeInput(form(body), body.idNumber(), token));
        ReceiptView view = new ReceiptView(receipt.id(), receipt.number(), receipt.queryCode(), receipt.receivedOn(),
                receipt.duplicate(), receipt.repeatOfNumber(), receipt.version());
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
        return registry.list(filter, max == null ? 200 : max).stream()
                .map(l -> RequestSummary.of(l.request(), l.status())).toList();
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
        LetterPdf letter = letters.open(letterId);
        return Response.ok(letter.pdf(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.inline(LetterHttp.fileName(letter)))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("ETag", "\"" + letter.sha256() + "\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一件申请：办理记录（时间线）与期限状态")
    public RequestView one(@PathParam("id") Long id) {
        return view(registry.find(id), true);
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
        long v = version(c);
        return view(acceptance.accept(id, v, new AcceptanceDates(date(c.signedForOn(), "signedForOn"),
                date(c.applicantConfirmedOn(), "applicantConfirmedOn"), date(c.agencyConfirmedOn(), "agencyConfirmedOn"))));
    }

    @POST
    @Path("{id}/assign")
    @Operation(summary = "指定承办人")
    public RequestView assign(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(acceptance.assign(id, v, c.handler()));
    }

    @POST
    @Path("{id}/split")
    @Operation(summary = "拆分为一事一申请", description = "parts：各部分的申请内容（至少两项），各自编号、各自计时。")
    public List<RequestView> split(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return acceptance.split(id, v, c.parts()).stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/correction-notice")
    @Operation(summary = "补正告知（一次性，以实际出具之日计，收到申请之日起 7 个工作日内）",
            description = "sentOn：所述发出日期（留空为今天），不得晚于今天、不得早于上一步骤；告知书落款为实际出具之日。")
    public RequestView correctionNotice(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(procedure.sendCorrectionNotice(id, v, date(c.sentOn(), "sentOn"), date(c.correctBy(), "correctBy"),
                c.text()));
    }

    @POST
    @Path("{id}/correction")
    @Operation(summary = "收到补正", description = "答复期限自收到补正之日起重新计算。")
    public RequestView correction(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(procedure.receiveCorrection(id, v, date(c.receivedOn(), "receivedOn"), c.description()));
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "逾期未补正，视为放弃申请")
    public RequestView abandon(@PathParam("id") Long id, Command c) {
        return view(replies.abandon(id, version(c)));
    }

    @POST
    @Path("{id}/consultation")
    @Operation(summary = "征求第三方（THIRD_PARTY）或其他机关（AGENCY）意见", description = "答复期限自发出之日起暂停；"
            + "对方的答复期限自其收到征求意见函之日起计算。letterDelivery：IN_PERSON 直接送达（当日收到，默认）、"
            + "POST 邮寄（签收后以 consultation-letter-received 登记收到日期）。同时生成征求意见函。")
    public RequestView consult(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(consultations.consult(id, v, parseRequired(ConsultationKind.class, c.kind(), "kind"), c.party(),
                c.matter(), date(c.sentOn(), "sentOn"), parse(LetterDelivery.class, c.letterDelivery(), "letterDelivery")));
    }

    @POST
    @Path("{id}/consultation-letter-received")
    @Operation(summary = "登记邮寄的征求意见函的签收日期（receivedOn）", description = "对方的答复期限自该日起计算。")
    public RequestView consultationLetterReceived(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(consultations.letterReceived(id, v, date(c.receivedOn(), "receivedOn")));
    }

    @POST
    @Path("{id}/consultation-answer")
    @Operation(summary = "记录意见：CONSENT 同意, REFUSAL 不同意, SILENCE 逾期未答复", description = "答复期限自收到意见之日后恢复计算。")
    public RequestView answer(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(consultations.recordAnswer(id, v, parseRequired(ConsultationKind.class, c.kind(), "kind"),
                parse(ConsultationAnswer.class, c.answer(), "answer"), date(c.receivedOn(), "receivedOn"), c.text()));
    }

    @POST
    @Path("{id}/public-interest-override")
    @Operation(summary = "第三方不同意，但不公开可能对公共利益造成重大影响，决定公开并书面告知第三方",
            description = "reason：决定公开的理由；noticeText：决定公开的政府信息内容。同时生成《政府信息决定公开告知书》。")
    public RequestView override(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(consultations.overrideInPublicInterest(id, v, c.reason(), c.noticeText(), date(c.noticeOn(), "noticeOn")));
    }

    @POST
    @Path("{id}/extension-request")
    @Operation(summary = "申请延期（合计不超过法定上限，答复期限届满前）", description = "《条例》第三十三条。")
    public RequestView extensionRequest(@PathParam("id") Long id, Command c) {
        long v = version(c);
        if (c.workingDays() == null) {
            throw new InvalidInputException("request.api.missing", "workingDays");
        }
        return view(extensions.requestExtension(id, v, c.workingDays(), c.reason()));
    }

    @POST
    @Path("{id}/extension-decision")
    @Operation(summary = "办公室负责人批准或不批准延期（approve）")
    public RequestView extensionDecision(@PathParam("id") Long id, Command c) {
        long v = version(c);
        if (c.approve() == null) {
            throw new InvalidInputException("request.api.missing", "approve");
        }
        return view(extensions.decideExtension(id, v, c.approve(), c.comment()));
    }

    @POST
    @Path("{id}/reasons-request")
    @Operation(summary = "要求申请人说明理由（《条例》第三十五条）", description = "text：要求说明的事项；askedOn：日期（留空为今天）。"
            + "此后答复方可认定为无正当理由大量反复申请。")
    public RequestView reasonsRequest(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(replies.askForReasons(id, v, c.text(), date(c.askedOn(), "askedOn")));
    }

    @POST
    @Path("{id}/reply")
    @Operation(summary = "答复", description = "outcome 与 reason 采用年度报告的办理结果分类，且须为申请经过所允许者（见 replyOptions）；"
            + "予以公开、部分公开须说明获取方式。"
            + "同时生成答复书：alreadyPublished=true 为已主动公开（第三十六条第一项）；本机关不掌握且 competentAgency 填写负责公开的机关时"
            + "按第三十六条第五项告知（competentAgencyContact 为其联系方式，二者须同时填写）。")
    public RequestView reply(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(replies.reply(id, v, parse(ReplyOutcome.class, c.outcome(), "outcome"),
                parse(ReplyReason.class, c.reason(), "reason"), c.text(), c.howToObtain(), date(c.repliedOn(), "repliedOn"),
                new ReplyLetterDetails(Boolean.TRUE.equals(c.alreadyPublished()), c.competentAgency(),
                        c.competentAgencyContact())));
    }

    @POST
    @Path("{id}/delivery")
    @Operation(summary = "送达记录（办结）")
    public RequestView delivery(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(replies.recordDelivery(id, v, parse(DeliveryMethod.class, c.method(), "method"),
                date(c.deliveredOn(), "deliveredOn"), c.reference()));
    }

    @POST
    @Path("{id}/not-a-request")
    @Operation(summary = "信访、投诉、举报等，不作为政府信息公开申请处理（《条例》第三十九条）")
    public RequestView notARequest(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(replies.markNotARequest(id, v, c.note()));
    }

    @POST
    @Path("{id}/repeat")
    @Operation(summary = "标记为重复申请（earlierNumber：同一申请人先前的申请编号）")
    public RequestView repeat(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(procedure.flagRepeat(id, v, c.earlierNumber()));
    }

    @POST
    @Path("{id}/report-back")
    @Operation(summary = "转办件向市政府办公厅政务公开办反馈办理结果", description = "生成办理情况报告；letterIds：随附的本申请告知书，"
            + "不填则随附发给申请人的全部告知书。")
    public RequestView reportBack(@PathParam("id") Long id, Command c) {
        long v = version(c);
        return view(replies.reportBack(id, v, c.result(), date(c.reportedOn(), "reportedOn"), c.letterIds()));
    }

    // ---- JSON bodies ---------------------------------------------------------------------

    /** The request form; enumerations by name, dates yyyy-MM-dd. */
    public record Intake(String channel, String receivedOn, String applicantType, String organisationKind,
                         String applicantName, String contactPerson, String idDocumentType, String idNumber,
                         String phone, String email, String postalAddress, String postcode, String description,
                         String formWanted, String deliveryWanted, Handover handover, String intakeToken) {
        @Override
        public String toString() {
            return "Intake[" + channel + "]"; // never the identity number in a log
        }
    }

    public record Handover(String from, String on, String what, String reference) {
    }

    /** The body of every step command; each uses the fields it needs. */
    public record Command(Long version, String signedForOn, String applicantConfirmedOn, String agencyConfirmedOn,
                         String handler, List<String> parts, String sentOn, String correctBy, String text,
                         String receivedOn, String description, String kind, String party, String matter, String answer,
                         String reason, String noticeText, String noticeOn, Integer workingDays,
                         Boolean approve, String comment, String outcome, String howToObtain, String repliedOn,
                         Boolean alreadyPublished, String competentAgency, String competentAgencyContact,
                         String method, String deliveredOn, String reference, String note, String earlierNumber,
                         String result, String reportedOn, List<Long> letterIds, String purpose,
                         String letterDelivery, String askedOn) {
    }

    public record ReceiptView(Long id, String number, String queryCode, LocalDate receivedOn, boolean duplicate,
                              String repeatOfNumber, long version) {
    }

    public record FullNumber(String idNumber) {
    }

    public record DeadlineView(String state, LocalDate dueDate, int remainingWorkingDays, boolean provisional) {
        static DeadlineView of(DeadlineStatus s) {
            return s == null ? null : new DeadlineView(s.state().name(), s.dueDate(), s.remainingWorkingDays(), s.provisional());
        }
    }

    /** A step of the timeline, with the letter it issued (id and kind), if any. */
    public record StepView(String step, String fromState, String toState, String actor, String comment,
                           LocalDate replyDueOn, LocalDateTime at, Long letterId, String letterKind, LocalDate statedOn) {
        static StepView of(TimelineEntry t, Map<Long, IssuedLetter> letterOfStep) {
            IssuedLetter letter = letterOfStep.get(t.getId());
            return new StepView(t.getStep().name(), name(t.getFromState()), t.getToState().name(), t.getActor(),
                    t.getComment(), t.getReplyDueOn(), t.getOccurredAt(), letter == null ? null : letter.id(),
                    letter == null ? null : letter.kind().name(), t.getStatedOn());
        }
    }

    /** A letter kept with the request; {@code pdf} is its address under /api/v1. */
    public record LetterView(Long id, String kind, String kindTitle, String outcome, String number, LocalDate letterDate,
                             String addressee, int sizeBytes, String createdBy, LocalDateTime createdAt, Long stepId,
                             String pdf) {
        static LetterView of(IssuedLetter l) {
            return new LetterView(l.id(), l.kind().name(), LetterTemplates.kindTitle(l.kind()), name(l.outcome()),
                    l.number(), l.letterDate(), l.addressee(), l.sizeBytes(), l.createdBy(), l.createdAt(), l.stepId(),
                    "requests/letters/" + l.id());
        }
    }

    public record ConsultationView(Long id, String kind, String party, String matter, LocalDate sentOn, String answer,
                                   LocalDate answeredOn, String answerText, DeadlineView answerDeadline,
                                   String overrideReason, String overrideNoticeText, LocalDate overrideNoticeOn,
                                   Long overrideLetterId, String letterDelivery, LocalDate letterReceivedOn) {
    }

    public record RequestSummary(Long id, String number, String state, String channel, String applicantName,
                                 String applicantType, LocalDate receivedOn, String handler, String outcome,
                                 DeadlineView deadline, long version) {
        static RequestSummary of(DisclosureRequest r, DeadlineStatus status) {
            return new RequestSummary(r.getId(), r.getNumber(), r.getState().name(), r.getChannel().name(),
                    r.getApplicant().getName(), r.getApplicant().getType().name(), r.getReceivedOn(), r.getHandler(),
                    name(r.getOutcome()), DeadlineView.of(status), r.getVersion());
        }
    }

    public record RequestView(Long id, String number, String parentNumber, Integer partNo, List<String> partNumbers,
                              String state, String channel, LocalDate receivedOn, String applicantType,
                              String organisationKind, String applicantName, String contactPerson,
                              String idDocumentType, String idNumberMasked, String phone, String email,
                              String postalAddress, String postcode, String description, String formWanted,
                              String deliveryWanted, Handover handover, String handler, LocalDate clockStartOn,
                              LocalDate acceptedOn, Long replyDeadlineId, DeadlineView deadline,
                              LocalDate correctionNoticeOn, LocalDate correctionDueOn, String correctionNoticeText,
                              LocalDate correctionReceivedOn, int extensionGrantedDays, Integer extensionPendingDays,
                              String extensionReason, List<ConsultationView> consultations, String outcome,
                              String outcomeReason, String replyText, String howToObtain, LocalDate repliedOn,
                              Long replyLetterId, String deliveredBy, LocalDate deliveredOn, String deliveryReference,
                              String notRequestNote, String repeatOfNumber, String reportResult,
                              LocalDate reportedBackOn, List<Long> reportLetterIds, long version,
                              List<StepView> timeline, Map<String, List<String>> replyOptions,
                              LocalDate reasonsAskedOn, String reasonsAskedText) {
    }

    // ---- mapping -------------------------------------------------------------------------

    private RequestView view(DisclosureRequest r) {
        return view(r, false);
    }

    private RequestView view(DisclosureRequest r, boolean withTimeline) {
        DeadlineStatus status = r.getState().isOpen() ? registry.status(r.getReplyDeadlineId()).orElse(null) : null;
        List<ConsultationView> consultations = r.getConsultations().stream().map(c -> new ConsultationView(c.getId(),
                c.getKind().name(), c.getParty(), c.getMatter(), c.getSentOn(), name(c.getAnswer()), c.getAnsweredOn(),
                c.getAnswerText(), c.isOpen() ? DeadlineView.of(registry.status(c.getAnswerDeadlineId()).orElse(null)) : null,
                c.getOverrideReason(), c.getOverrideNoticeText(), c.getOverrideNoticeOn(), c.getOverrideLetterId(),
                name(c.getLetterDelivery()), c.getLetterReceivedOn())).toList();
        cn.xxgk.request.entity.Handover h = r.getHandover();
        cn.xxgk.request.entity.Applicant a = r.getApplicant();
        Handover handover = h.getFrom() == null ? null
                : new Handover(h.getFrom(), h.getOn().toString(), h.getWhat(), h.getReference());
        return new RequestView(r.getId(), r.getNumber(), registry.numberOf(r.getParentId()), r.getPartNo(),
                registry.parts(r.getId()).stream().map(DisclosureRequest::getNumber).toList(), r.getState().name(),
                r.getChannel().name(), r.getReceivedOn(), a.getType().name(), name(a.getOrganisationKind()),
                a.getName(), a.getContactPerson(), a.getIdDocumentType().name(), a.getIdNumberMasked(),
                a.getPhone(), a.getEmail(), a.getPostalAddress(), a.getPostcode(), r.getDescription(),
                r.getFormWanted().name(), r.getDeliveryWanted().name(), handover, r.getHandler(), r.getClockStartOn(),
                r.getAcceptedOn(), r.getReplyDeadlineId(), DeadlineView.of(status), r.getCorrectionNoticeOn(),
                r.getCorrectionDueOn(), r.getCorrectionNoticeText(), r.getCorrectionReceivedOn(),
                r.getExtensionGrantedDays(), r.getExtensionPendingDays(), r.getExtensionReason(), consultations,
                name(r.getOutcome()), name(r.getOutcomeReason()), r.getReplyText(), r.getHowToObtain(), r.getRepliedOn(),
                r.getReplyLetterId(), name(r.getDeliveredBy()), r.getDeliveredOn(), r.getDeliveryReference(),
                r.getNotRequestNote(), registry.numberOf(r.getRepeatOfId()), r.getReportResult(), r.getReportedBackOn(),
                r.getReportLetterIds().stream().sorted().toList(), r.getVersion(),
                withTimeline ? timeline(r) : null, replyOptions(r), r.getReasonsAskedOn(), r.getReasonsAskedText());
    }

    /** The outcomes a reply may state now, each with the reasons it may give (the entity's answer); empty when no reply may be made. */
    private static Map<String, List<String>> replyOptions(DisclosureRequest r) {
        Map<String, List<String>> options = new java.util.LinkedHashMap<>();
        r.possibleOutcomes().forEach(o -> options.put(o.name(), r.possibleReasons(o).stream().map(Enum::name).toList()));
        return options;
    }

    private List<StepView> timeline(DisclosureRequest r) {
        Map<Long, IssuedLetter> letterOfStep = new HashMap<>();
        letters.list(r.getId()).forEach(l -> letterOfStep.put(l.stepId(), l));
        return registry.timeline(r.getId()).stream().map(t -> StepView.of(t, letterOfStep)).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static RequestForm form(Intake b) {
        Handover h = b.handover();
        return new RequestForm(parse(Channel.class, b.channel(), "channel"), date(b.receivedOn(), "receivedOn"),
                parse(ApplicantType.class, b.applicantType(), "applicantType"),
                parse(OrganisationKind.class, b.organisationKind(), "organisationKind"), b.applicantName(),
                b.contactPerson(), parse(IdentityDocumentType.class, b.idDocumentType(), "idDocumentType"), b.phone(),
                b.email(), b.postalAddress(), b.postcode(), b.description(),
                parse(FormWanted.class, b.formWanted(), "formWanted"),
                parse(DeliveryMethod.class, b.deliveryWanted(), "deliveryWanted"),
                h == null ? null : h.from(), h == null ? null : date(h.on(), "handover.on"), h == null ? null : h.what(),
                h == null ? null : h.reference());
    }

    private static long version(Command c) {
        if (c == null || c.version() == null) {
            throw new InvalidInputException("request.api.versionRequired");
        }
        return c.version();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("request.api.badValue", field, value);
        }
    }

    static <E extends Enum<E>> E parseRequired(Class<E> type, String value, String field) {
        E parsed = parse(type, value, field);
        if (parsed == null) {
            throw new InvalidInputException("request.api.missing", field);
        }
        return parsed;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request.api.badDate", field, value);
        }
    }
}
