package cn.xxgk.statistics.api;

import cn.xxgk.platform.api.ContentDisposition;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.platform.control.MessageBundle;
import cn.xxgk.statistics.boundary.LiveStatistics;
import cn.xxgk.statistics.control.LiveXlsx;
import cn.xxgk.statistics.control.StatTable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/v1/statistics/live: the live statistics of a year (seed 一(六)1) for the office and the
 * leaders, as JSON and each table as XLSX.
 */
@Path("statistics/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "政府信息公开统计")
public class LiveStatisticsResource {

    @Inject
    LiveStatistics statistics;

    @GET
    @Path("{year}")
    @Operation(summary = "某年度的统计表（办公室、领导）")
    public List<StatTable> tables(@PathParam("year") String year) {
        return statistics.of(AnnualReportResource.year(year));
    }

    @GET
    @Path("{year}/{table}/xlsx")
    @Produces(AnnualReportResource.XLSX)
    @Operation(summary = "导出一张统计表为 XLSX（办公室、领导）")
    public Response xlsx(@PathParam("year") String year, @PathParam("table") String table) {
        if (table == null || !table.matches("[A-Za-z]{1,40}")) {
            throw new InvalidInputException("statistics.invalid.table");
        }
        int y = AnnualReportResource.year(year);
        byte[] bytes = LiveXlsx.write(statistics.table(y, table), y, MessageBundle::text);
        return Response.ok(bytes, AnnualReportResource.XLSX)
                .header("Content-Disposition", ContentDisposition.attachment(y + "-" + table + ".xlsx"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
