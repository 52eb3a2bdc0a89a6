package cn.xxgk.assessment.api;

import cn.xxgk.platform.control.MediaTypes;
import cn.xxgk.assessment.api.AssessmentJson.NewRecord;
import cn.xxgk.assessment.api.AssessmentJson.RecordView;
import cn.xxgk.assessment.api.AssessmentJson.YearView;
import cn.xxgk.assessment.boundary.AssessmentRecords;
import cn.xxgk.assessment.boundary.Assessments;
import cn.xxgk.assessment.entity.AssessmentRecord;
import cn.xxgk.assessment.entity.RecordKind;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/assessment: the year's assessment of the departments (seed 四) for the office, the leaders
 * and the discipline role, as JSON or XLSX; the commendation and accountability records.
 */
@Path("assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assessment", description = "处室考核：发布及时性、完整性、按期答复、满意度、表扬与问责（需登录）")
public class AssessmentResource {

    static final String XLSX = MediaTypes.XLSX;

    @Inject
    Assessments assessments;

    @Inject
    AssessmentRecords records;

    @GET
    @Path("{year}")
    @Operation(summary = "年度处室考核数据")
    public YearView year(@PathParam("year") int year) {
        return YearView.of(assessments.ofYear(year));
    }

    @GET
    @Path("{year}/xlsx")
    @Produces({XLSX, "application/problem+json"})
    @Operation(summary = "年度处室考核导出（XLSX）")
    public Response xlsx(@PathParam("year") int year) {
        return Response.ok(assessments.xlsx(year), XLSX)
                .header("Content-Disposition", ContentDisposition.attachment(year + "年度处室考核.xlsx"))
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{year}/records")
    @Operation(summary = "年度表扬与问责记录")
    public List<RecordView> records(@PathParam("year") int year) {
        return records.ofYear(year).stream().map(RecordView::of).toList();
    }

    @POST
    @Path("records")
    @Operation(summary = "登记表扬或问责", description = "kind：COMMENDATION 表扬、ACCOUNTABILITY 问责；reason 事由必填。办公室或纪检监察登记，登记后不可修改。")
    public Response record(NewRecord body) {
        if (body == null) {
            throw new InvalidInputException("assessment.record.reason");
        }
        AssessmentRecord r = records.record(body.departmentId(), body.year(), kind(body.kind()), body.person(), body.reason());
        return Response.created(URI.create("assessment/records/" + r.getId())).entity(RecordView.of(r)).build();
    }

    private static RecordKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RecordKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("assessment.record.kind");
        }
    }
}
