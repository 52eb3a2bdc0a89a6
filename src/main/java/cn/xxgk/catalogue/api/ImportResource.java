package cn.xxgk.catalogue.api;

import cn.xxgk.platform.control.MediaTypes;
import cn.xxgk.catalogue.boundary.CatalogueImports;
import cn.xxgk.catalogue.control.CatalogueFile;
import cn.xxgk.catalogue.control.ImportRefusal;
import cn.xxgk.catalogue.entity.CatalogueImport;
import cn.xxgk.platform.api.ContentDisposition;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/gov-info/imports: the historical import for scripts (office head). The file is the body
 * (CSV or XLSX, told apart by content) or the {@code file} part of a multipart form; the answer is
 * 202 with the job, which GET polls until its state is final. A file that cannot be read is a 400
 * problem at once; one over {@value CatalogueFile#MAX_BYTES} bytes a 413.
 */
@Path("gov-info/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "gov-info", description = "主动公开流程：拟稿、确认、审核、保密审查、签发、编目、发布（需登录）")
public class ImportResource {

    /** How much of an oversized body is read and dropped before the 413 (beyond it the connection is the server's). */
    static final long DRAIN_BYTES = 100L * 1024 * 1024;

    static final String XLSX = MediaTypes.XLSX;

    @Inject
    CatalogueImports imports;

    /** A job as the API shows it; {@code refusals} lists every refused row once the check is over. */
    public record ImportView(Long id, String fileName, boolean dryRun, String state, int totalRows, int doneRows,
                             int percent, int importedRows, String failure, LocalDateTime createdAt,
                             LocalDateTime finishedAt, List<ImportRefusal> refusals) {

        static ImportView of(CatalogueImport job, List<ImportRefusal> refusals) {
            return new ImportView(job.getId(), job.getFileName(), job.isDryRun(), job.getState().name(),
                    job.getTotalRows(), job.getDoneRows(), job.getPercent(), job.getImportedRows(), job.getFailure(),
                    job.getCreatedAt(), job.getFinishedAt(), refusals);
        }
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "导入历史目录（办公室负责人）",
            description = "请求体为 CSV 或 XLSX 文件（按内容识别）。第一行为列名：索引号、发布机构、主题分类、成文日期、发布日期、文号、文种、标题、正文、重点公开内容类别、公开属性（模板见 imports/template）。"
                    + "dryRun=true 只检查、不保存；否则全部通过才在一个事务中全部导入。CSV 编码：charset 参数（如 GBK），未给出时 UTF-8 有效即按 UTF-8，否则按 GB18030（兼容 GBK）。返回 202 和任务，轮询 GET imports/{id}。")
    @APIResponse(responseCode = "202", description = "已开始检查或导入")
    @APIResponse(responseCode = "400", description = "空文件、不是 CSV/XLSX、编码不对、缺少列等（application/problem+json）")
    @APIResponse(responseCode = "413", description = "文件过大（application/problem+json）")
    public Response upload(@QueryParam("dryRun") @Parameter(description = "true：只检查不导入") String dryRun,
                           @QueryParam("charset") @Parameter(description = "CSV 的编码，如 UTF-8、GBK") String charset,
                           @QueryParam("fileName") @Parameter(description = "文件名（记录用）") String fileName,
                           InputStream body) throws IOException {
        return start(fileName == null ? "api-upload" : fileName, body, charset, dryRun);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "导入历史目录（办公室负责人，multipart）", description = "文件放在 file 字段；其余同上。")
    @APIResponse(responseCode = "202", description = "已开始检查或导入")
    @APIResponse(responseCode = "400", description = "缺少文件或文件无法读取（application/problem+json）")
    public Response uploadForm(@QueryParam("dryRun") String dryRun, @QueryParam("charset") String charset,
                               List<EntityPart> parts) throws IOException {
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElse(null);
        if (file == null) {
            throw new InvalidInputException("attachment.api.fileRequired");
        }
        try (InputStream content = file.getContent()) {
            return start(file.getFileName().orElse("upload"), content, charset, dryRun);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "导入任务的进度和结果", description = "state：CHECKING、IMPORTING 进行中；CHECKED、REFUSED、DONE、FAILED 已结束。")
    @APIResponse(responseCode = "200", description = "任务")
    @APIResponse(responseCode = "404", description = "没有这个任务（application/problem+json）")
    public ImportView job(@PathParam("id") Long id) {
        CatalogueImport job = imports.job(id);
        return ImportView.of(job, imports.refusals(job));
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    @Operation(summary = "导入模板（CSV，UTF-8）", description = "各列的列名和一行示例。")
    public Response template() {
        return Response.ok(imports.template(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("政府信息公开目录导入模板.csv")).build();
    }

    private Response start(String fileName, InputStream body, String charset, String dryRun) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(CatalogueFile.MAX_BYTES + 1);
        if (content.length > CatalogueFile.MAX_BYTES) {
            // read on (to a bound) before answering: a client still sending would not read the answer
            try {
                body.transferTo(new BoundedSink(DRAIN_BYTES));
            } catch (IOException beyondTheBound) {
                // answered all the same; the container closes what is left of the connection
            }
            return cn.xxgk.platform.api.Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "problem.badRequest",
                    "import.file.tooLarge", "/api/v1/gov-info/imports", CatalogueFile.MAX_BYTES / 1024 / 1024);
        }
        CatalogueImport job = imports.start(fileName, content, charset, flag(dryRun));
        return Response.accepted(ImportView.of(job, List.of()))
                .location(URI.create("gov-info/imports/" + job.getId())).build();
    }

    /** Drops what is written to it, up to a bound. */
    private static final class BoundedSink extends java.io.OutputStream {
        private long left;

        BoundedSink(long bound) {
            left = bound;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            left -= len;
            if (left < 0) {
                throw new IOException("oversized body not drained further");
            }
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("import.api.dryRun");
    }
}
