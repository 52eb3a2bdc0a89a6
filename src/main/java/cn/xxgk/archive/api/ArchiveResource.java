package cn.xxgk.archive.api;

import cn.xxgk.archive.boundary.ArchiveCommands;
import cn.xxgk.archive.boundary.ArchiveShelf;
import cn.xxgk.archive.boundary.Sealer;
import cn.xxgk.archive.control.ArchiveKind;
import cn.xxgk.archive.control.Retention;
import cn.xxgk.archive.entity.ArchivePackage;
import cn.xxgk.archive.entity.ArchiveRule;
import cn.xxgk.archive.entity.ArchiveRun;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/archive: the archive's packages (search, one, ZIP download), sealing one record on demand,
 * a year's run and its progress, the re-verification of every package, and the retention rule.
 * The office runs and reads; discipline inspection reads and verifies.
 */
@Path("archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "archive", description = "归档：归档包、年度归档、校验、保管期限规则")
public class ArchiveResource {

    @Inject ArchiveShelf shelf;
    @Inject ArchiveCommands commands;

    public record PackageView(Long id, String archiveNumber, int year, String retention, String retentionLabel, String kind,
                              long objectId, String reference, String title, int fileCount, long sizeBytes,
                              String manifestSha256, String sealedBy, String sealedAt) {
        static PackageView of(ArchivePackage p) {
            return new PackageView(p.getId(), p.getArchiveNumber(), p.getYear(), p.getRetention().name(), p.getRetention().label(),
                    p.getKind().name(), p.getObjectId(), p.getReference(), p.getTitle(), p.getFileCount(), p.getSizeBytes(),
                    p.getManifestSha256(), p.getSealedBy(), p.getSealedAt().toString());
        }
    }

    public record RunView(Long id, int year, String state, int total, int done, int sealed, int percent, String message,
                          String startedBy, String startedAt, String finishedAt) {
        static RunView of(ArchiveRun r) {
            return new RunView(r.getId(), r.getYear(), r.getState().name(), r.getTotal(), r.getDone(), r.getSealed(), r.percent(),
                    r.getMessage(), r.getStartedBy(), r.getStartedAt().toString(),
                    r.getFinishedAt() == null ? null : r.getFinishedAt().toString());
        }
    }

    public record VerificationView(boolean intact, int packages, int files, String archiveNumber, String path, String problem) {
        static VerificationView of(ArchiveShelf.Verification v) {
            var m = v.firstMismatch();
            return new VerificationView(v.intact(), v.packages(), v.files(), m == null ? null : m.archiveNumber(),
                    m == null ? null : m.path(), m == null ? null : m.problem().name());
        }
    }

    public record RuleView(Long id, String kind, String classifier, String retention, String retentionLabel, long version) {
        static RuleView of(ArchiveRule r) {
            return new RuleView(r.getId(), r.getKind().name(), r.getClassifier(), r.getRetention().name(), r.getRetention().label(),
                    r.getVersion());
        }
    }

    public record YearCommand(Integer year) {
    }

    public record RuleCommand(String kind, String classifier, String retention, Long version) {
    }

    @GET
    @Path("packages")
    @Operation(summary = "归档包（按年度、档号、编号或标题查找）", description = "最新的在前；max 至多 500。")
    public List<PackageView> packages(@QueryParam("year") Integer year, @QueryParam("q") String q, @QueryParam("max") Integer max) {
        String query = q == null ? null : InputRules.text(q, "q", 100, false);
        return shelf.search(year, query, max == null ? 100 : InputRules.rows(max, "max", ArchiveShelf.MAX_ROWS)).stream()
                .map(PackageView::of).toList();
    }

    @GET
    @Path("packages/{id}")
    @Operation(summary = "一个归档包")
    public PackageView one(@PathParam("id") Long id) {
        return PackageView.of(shelf.find(id));
    }

    @GET
    @Path("packages/{id}/zip")
    @Produces("application/zip")
    @Operation(summary = "下载归档包（ZIP）", description = "先按清单校验；与清单不符的包不下载（400，指出文件）。")
    public Response zip(@PathParam("id") Long id) {
        ArchivePackage p = shelf.find(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(p.getSizeBytes() + 4096, 64L << 20));
        shelf.zip(id, out);
        return Response.ok(out.toByteArray(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + p.getArchiveNumber() + ".zip\"").build();
    }

    @POST
    @Path("requests/{id}")
    @Operation(summary = "立即归档一件已办结的申请", description = "已归档的返回原归档包（200），新归档的 201；未办结的 400。")
    public Response sealRequest(@PathParam("id") Long id) {
        return sealed(commands.seal(id, ArchiveKind.REQUEST));
    }

    @POST
    @Path("entries/{id}")
    @Operation(summary = "立即归档一条已发布的信息", description = "已归档的返回原归档包（200），新归档的 201；未发布的 400。")
    public Response sealEntry(@PathParam("id") Long id) {
        return sealed(commands.seal(id, ArchiveKind.ENTRY));
    }

    private static Response sealed(Sealer.Sealed sealed) {
        return Response.status(sealed.created() ? 201 : 200).entity(PackageView.of(sealed.archived())).build();
    }

    @POST
    @Path("runs")
    @Operation(summary = "年度归档（后台运行，可续跑）", description = "{\"year\": 2026}；进行中的返回该次运行；中断或失败的从中断处继续。")
    public Response start(YearCommand c) {
        if (c == null || c.year() == null) {
            throw new InvalidInputException("archive.invalid.year", "", String.valueOf(ArchiveCommands.FIRST_YEAR), "");
        }
        return Response.status(202).entity(RunView.of(commands.startYear(c.year()))).build();
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "一次年度归档的进度")
    public RunView run(@PathParam("id") Long id) {
        return RunView.of(shelf.run(id));
    }

    @POST
    @Path("verification")
    @Operation(summary = "校验全部归档包", description = "逐包重算清单与每个文件的 SHA-256，指出第一处不符（档号、文件、问题）。")
    public VerificationView verify() {
        return VerificationView.of(shelf.verifyAll());
    }

    @GET
    @Path("rules")
    @Operation(summary = "保管期限规则")
    public List<RuleView> rules() {
        return shelf.rules().stream().map(RuleView::of).toList();
    }

    @PUT
    @Path("rules")
    @Operation(summary = "修改（或新增）一条保管期限规则（办公室）", description = "kind: REQUEST|ENTRY；classifier: 答复结果、重点公开类别或 *；retention: Y|D30|D10。")
    public RuleView changeRule(RuleCommand c) {
        if (c == null) {
            throw new InvalidInputException("archive.invalid.rule");
        }
        return RuleView.of(commands.changeRule(parse(ArchiveKind.class, c.kind()), c.classifier() == null ? null : c.classifier().strip(),
                parse(Retention.class, c.retention()), c.version()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("archive.invalid.rule");
        }
    }
}
