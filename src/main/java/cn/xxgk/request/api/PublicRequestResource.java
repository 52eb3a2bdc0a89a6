package cn.xxgk.request.api;

import static cn.xxgk.request.api.RequestJson.form;

import cn.xxgk.platform.api.Problem;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.request.boundary.IntakeInput;
import cn.xxgk.request.boundary.PublicRequests;
import cn.xxgk.request.boundary.PublicRequests.PublicFiling;
import cn.xxgk.request.boundary.PublicStatus;
import cn.xxgk.request.boundary.Receipt;
import cn.xxgk.request.control.PublicChallenge;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/public/requests: filing a request online and following it, for anybody, without a login
 * (the boundary {@link PublicRequests} is open to anonymous callers). The same rules as the portal's
 * form: the intake's checks, a challenge ({@code GET challenge}, answered by a proof of work or the
 * sum it asks), a throttle per client address (429 with Retry-After, {@link ThrottledMapper}). A status or a letter needs the
 * request number and the query code; a wrong code and an unknown number get the same 404.
 */
@Path("public/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public-requests", description = "网上申请与申请进度查询（公众，无需登录）")
public class PublicRequestResource {

    @Inject
    PublicRequests requests;

    @Context
    UriInfo uri;

    /** The applicant's form; enumerations by name as in /requests; {@code challenge} answers GET challenge. */
    public record Filing(String applicantType, String organisationKind, String applicantName, String contactPerson,
                         String idDocumentType, String idNumber, String phone, String email, String postalAddress,
                         String postcode, String description, String formWanted, String deliveryWanted,
                         Boolean notifyByEmail, @Size(max = RequestJson.MAX_TOKEN) String intakeToken, Answer challenge) {
        @Override
        public String toString() {
            return "Filing[online]"; // never the identity number in a log
        }
    }

    /** The challenge's token and either the proof of work or the sum. */
    public record Answer(String token, String proof, String answer) {
    }

    public record ChallengeView(String token, int bits, String question) {
    }

    public record FiledView(String number, String queryCode, LocalDate filedOn, boolean duplicate, String statusUrl) {
    }

    public record StepView(LocalDate on, String step, String text) {
    }

    public record LetterLink(Long id, String kind, String title, String number, LocalDate letterDate, String url) {
    }

    public record StatusView(String number, String applicantName, String state, String stateText, LocalDate filedOn,
                             LocalDate receivedOn, LocalDate replyDue, List<StepView> steps, List<LetterLink> letters) {
    }

    @GET
    @Path("challenge")
    @Operation(summary = "网上申请的验证题", description = "返回 token：可计算工作量证明（SHA-256(token:proof) 前 bits 位为 0），或回答 question 中的加法题。")
    public Response challenge() {
        PublicChallenge.Issued c = requests.challenge();
        return Response.ok(new ChallengeView(c.token(), c.bits(), c.question())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Operation(summary = "提交网上申请", description = "与办公室登记相同的校验（身份证号码校验位、一事一申请）；返回申请编号和查询码（只显示这一次）。"
            + "同一 intakeToken（或 Idempotency-Key）重复提交只生成一件申请。收到申请之日为双方确认之日（《条例》第三十一条第三项）。")
    public Response file(Filing body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Filing b = body == null ? new Filing(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null) : body;
        String token = b.intakeToken() != null ? b.intakeToken()
                : InputRules.text(idempotencyKey, "Idempotency-Key", RequestJson.MAX_TOKEN, false);
        RequestJson.Intake intake = new RequestJson.Intake("ONLINE", null, b.applicantType(), b.organisationKind(),
                b.applicantName(), b.contactPerson(), b.idDocumentType(), b.idNumber(), b.phone(), b.email(),
                b.postalAddress(), b.postcode(), b.description(), b.formWanted(), b.deliveryWanted(), null, token);
        Answer a = b.challenge() == null ? new Answer(null, null, null) : b.challenge();
        Receipt receipt = requests.file(new PublicFiling(new IntakeInput(form(intake), b.idNumber(), token),
                Boolean.TRUE.equals(b.notifyByEmail()), a.token(), a.proof(), a.answer()));
        FiledView view = new FiledView(receipt.number(), receipt.queryCode(), receipt.receivedOn(), receipt.duplicate(),
                "public/requests/" + receipt.number());
        return (receipt.duplicate() ? Response.ok(view) : Response.created(URI.create("public/requests/" + receipt.number())).entity(view))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "申请进度查询", description = "凭申请编号和查询码：状态、收到申请日期、答复期限、办理步骤、致申请人的告知书。编号或查询码不对一律 404。")
    public Response status(@PathParam("number") String number, @QueryParam("code") String code) {
        return requests.status(number, code).map(s -> Response.ok(view(s, code))
                .header("Cache-Control", "no-store").build()).orElseGet(this::notFound);
    }

    @GET
    @Path("{number}/letters/{letterId}")
    @Produces({"application/pdf", "application/problem+json"})
    @Operation(summary = "致申请人的告知书（PDF），凭查询码")
    public Response letter(@PathParam("number") String number, @PathParam("letterId") String letterId,
                           @QueryParam("code") String code) {
        Long id = letterId != null && letterId.matches("[0-9]{1,15}") ? Long.valueOf(letterId) : null;
        return requests.letter(number, code, id).map(LetterHttp::inline).orElseGet(this::notFound);
    }

    private StatusView view(PublicStatus s, String code) {
        String q = URLEncoder.encode(code.strip(), StandardCharsets.UTF_8);
        List<StepView> steps = s.steps().stream()
                .map(t -> new StepView(t.on(), t.step(), MessageBundle.text("public.step." + t.step()))).toList();
        List<LetterLink> letters = s.letters().stream().map(l -> new LetterLink(l.id(), l.kind(),
                MessageBundle.text("letter.kind." + l.kind()), l.number(), l.letterDate(),
                "public/requests/" + s.number() + "/letters/" + l.id() + "?code=" + q)).toList();
        return new StatusView(s.number(), s.maskedName(), s.state(), MessageBundle.text("public.state." + s.state()),
                s.filedOn(), s.receivedOn(), s.replyDue(), steps, letters);
    }

    private Response notFound() {
        return Problem.response(Response.Status.NOT_FOUND, "problem.notFound", "public.request.notFound", null);
    }
}
