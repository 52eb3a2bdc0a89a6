package cn.xxgk.statistics.api;

import cn.xxgk.platform.control.MediaTypes;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_HEAD;
import static cn.xxgk.identity.entity.Role.Names.OFFICE_STAFF;
import static cn.xxgk.identity.entity.Role.Names.LEADER_IN_CHARGE;
import static cn.xxgk.identity.entity.Role.Names.DIRECTOR;

import cn.xxgk.platform.api.ContentDisposition;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.statistics.boundary.AnnualReports;
import cn.xxgk.statistics.boundary.PublishedReport;
import cn.xxgk.statistics.boundary.PublishedReports;
import cn.xxgk.statistics.entity.AnnualReport;
import cn.xxgk.statistics.entity.ProactiveFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/statistics/annual-report: the annual reports (国办公开办函〔2021〕30号). Published reports are
 * public (JSON keyed by row code, PDF/A, XLSX); the office reads the draft of a year not yet
 * published, writes its texts and figures; the office head approves and publishes.
 */
@Path("statistics/annual-report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "annual-report", description = "政府信息公开工作年度报告")
public class AnnualReportResource {

    static final String XLSX = MediaTypes.XLSX;

    @Inject
    AnnualReports reports;

    @Inject
    PublishedReports published;

    @Inject
    SecurityContext security;

    @GET
    @Operation(summary = "已发布的年度报告（公开）")
    public List<PublishedReport> list() {
        return published.list();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "年度报告 JSON", description = "已发布的报告公开；未发布的年度，办公室与领导看到按当前数据计算的草稿。"
            + "requests 按行号（1、2、3.1…3.7、4）给出七列（NATURAL_PERSON…TOTAL）。")
    public Response json(@PathParam("year") String year) {
        int y = year(year);
        if (published.isPublished(y)) {
            return Response.ok(published.json(y)).build();
        }
        if (Stream.of(OFFICE_STAFF, OFFICE_HEAD, LEADER_IN_CHARGE, DIRECTOR).noneMatch(security::isCallerInRole)) {
            throw new jakarta.ws.rs.NotFoundException(); // 404: to the public, an unpublished report does not exist
        }
        return Response.ok(reports.draftJson(y)).build();
    }

    @GET
    @Path("{year}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "已发布年度报告的 PDF/A（公开）")
    public Response pdf(@PathParam("year") String year) {
        int y = publishedYear(year);
        return file(published.pdf(y), "application/pdf", y + "年政府信息公开工作年度报告.pdf");
    }

    @GET
    @Path("{year}/xlsx")
    @Produces(XLSX)
    @Operation(summary = "已发布年度报告的 XLSX（国家格式，公开）")
    public Response xlsx(@PathParam("year") String year) {
        int y = publishedYear(year);
        return file(published.xlsx(y), XLSX, y + "年政府信息公开工作年度报告.xlsx");
    }

    @PUT
    @Path("{year}/texts")
    @Operation(summary = "填写一、五、六部分及信息处理费（办公室）", description = "version 为 -1 表示该年度报告尚未保存。")
    public Saved write(@PathParam("year") String year, Texts input) {
        if (input == null || input.version() == null) {
            throw new InvalidInputException("statistics.invalid.versionRequired");
        }
        return Saved.of(reports.write(year(year), input.version(), input.overview(), input.problems(), input.other(),
                input.feesCollected()));
    }

    @PUT
    @Path("{year}/figures")
    @Operation(summary = "填写二、主动公开的数字（办公室）")
    public Saved figures(@PathParam("year") String year, Figures input) {
        if (input == null || input.version() == null) {
            throw new InvalidInputException("statistics.invalid.versionRequired");
        }
        return Saved.of(reports.enter(year(year), input.version(), new ProactiveFigures(input.rulesMade(),
                input.rulesRepealed(), input.rulesInForce(), input.normativeMade(), input.normativeRepealed(),
                input.normativeInForce(), input.licensingDecisions(), input.punishmentDecisions(),
                input.enforcementDecisions(), input.adminFeesTenThousandYuan())));
    }

    @POST
    @Path("{year}/approve")
    @Operation(summary = "审核通过（办公室负责人）", description = "年度结束且每一列的勾稽关系成立时方可审核。")
    public Saved approve(@PathParam("year") String year, Seen input) {
        if (input == null || input.version() == null) {
            throw new InvalidInputException("statistics.invalid.versionRequired");
        }
        return Saved.of(reports.approve(year(year), input.version()));
    }

    @POST
    @Path("{year}/publish")
    @Operation(summary = "发布（办公室负责人）", description = "生成并保存 JSON、PDF/A 与 XLSX；发布后不可更改。")
    public Saved publish(@PathParam("year") String year, Seen input) {
        if (input == null || input.version() == null) {
            throw new InvalidInputException("statistics.invalid.versionRequired");
        }
        return Saved.of(reports.publish(year(year), input.version()));
    }

    private int publishedYear(String text) {
        int y = year(text);
        if (!published.isPublished(y)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return y;
    }

    /** A year as digits (at most four), or a 400 problem. */
    static int year(String text) {
        if (text == null || !text.matches("[0-9]{1,4}")) {
            throw new InvalidInputException("statistics.invalid.year");
        }
        return Integer.parseInt(text);
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", ContentDisposition.attachment(name))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    public record Texts(Long version, String overview, String problems, String other, BigDecimal feesCollected) {
    }

    public record Figures(Long version, Integer rulesMade, Integer rulesRepealed, Integer rulesInForce,
                          Integer normativeMade, Integer normativeRepealed, Integer normativeInForce,
                          Integer licensingDecisions, Integer punishmentDecisions, Integer enforcementDecisions,
                          BigDecimal adminFeesTenThousandYuan) {
    }

    public record Seen(Long version) {
    }

    public record Saved(int year, String state, long version) {
        static Saved of(AnnualReport r) {
            return new Saved(r.getYear(), r.getState().name(), r.getVersion());
        }
    }
}
