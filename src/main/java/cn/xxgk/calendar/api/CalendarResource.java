package cn.xxgk.calendar.api;

import cn.xxgk.calendar.boundary.CalendarAdministration;
import cn.xxgk.calendar.boundary.WorkingDays;
import cn.xxgk.calendar.control.MovedDeadline;
import cn.xxgk.calendar.control.WorkingDayCalendar;
import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The working-day calendar. Reading is public (no login): the portal's due-date calculator uses
 * it; a year without a published arrangement counts weekdays only, and the answer says so
 * (provisional). Changing it is for the office (the boundary checks the role).
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日历：工作日查询与期限计算")
public class CalendarResource {

    static final int MAX_WORKING_DAYS = 366;

    /** How deep an imported holiday file may nest (holiday-cn's nests three levels). */
    static final int MAX_NESTING = 32;

    @Inject
    WorkingDays workingDays;

    @Inject
    CalendarAdministration administration;

    @GET
    @Path("days/{date}")
    @Operation(summary = "某日是否为工作日", description = "节假日、调休上班日按国务院办公厅安排；未发布安排的年份按周一至周五计算并标为 provisional。")
    @APIResponse(responseCode = "200", description = "该日的情况")
    @APIResponse(responseCode = "400", description = "日期格式错误（application/problem+json）")
    public Day day(@PathParam("date") @Parameter(description = "yyyy-MM-dd", example = "2026-10-01") String date) {
        LocalDate day = parse(date, "date");
        WorkingDayCalendar calendar = workingDays.calendar();
        return new Day(day, calendar.isWorkingDay(day), calendar.nameOf(day), calendar.isProvisional(day));
    }

    @GET
    @Path("add")
    @Operation(summary = "从某日起算 N 个工作日的截止日", description = "起算日当天不计入（《条例》第三十一条），第 1 个工作日为起算日之后的第一个工作日。")
    @APIResponse(responseCode = "200", description = "截止日")
    @APIResponse(responseCode = "400", description = "参数缺失或有误（application/problem+json）")
    public Sum add(@QueryParam("from") @Parameter(description = "起算日 yyyy-MM-dd", required = true) String from,
                   @QueryParam("workingDays") @Parameter(description = "工作日数 0-366", required = true) String days) {
        LocalDate start = parse(from, "from");
        int n = count(days);
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate due = calendar.addWorkingDays(start, n);
        return new Sum(start, n, due, calendar.hasProvisionalDay(start, due) || calendar.isProvisional(due));
    }

    @POST
    @Path("years/{year}")
    @Consumes({MediaType.APPLICATION_JSON, "text/calendar", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "导入某年的节假日安排（办公室）", description = "holiday-cn 格式 JSON 或 iCalendar；整体导入或整体拒绝。返回截止日因此变化的期限。")
    public List<MovedDeadline> importYear(@PathParam("year") int year, @HeaderParam("Content-Type") String type,
                                          byte[] content) {
        boolean ics = type != null && type.startsWith("text/calendar");
        return administration.importYear(year, year + (ics ? ".ics" : ".json"),
                ics ? content : InputRules.nesting(content, MAX_NESTING));
    }

    @PUT
    @Path("days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改某一天（办公室）", description = "type: OFF 休息日, WORKING 调休上班, DEFAULT 按星期规则；须填理由。返回截止日因此变化的期限。")
    public List<MovedDeadline> changeDay(@PathParam("date") String date, DayChange change) {
        if (change == null) {
            throw new InvalidInputException("calendar.day.required");
        }
        return administration.changeDay(parse(date, "date"), change.type(), change.name(), change.reason(),
                change.version());
    }

    /** A change of one day as the API receives it. */
    public record DayChange(CalendarAdministration.DayType type, String name, String reason, Long version) {
    }

    private static LocalDate parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("calendar.api.missing", parameter);
        }
        return InputRules.isoDate(value, parameter);
    }

    private static int count(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("calendar.api.missing", "workingDays");
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > MAX_WORKING_DAYS) {
                throw new InvalidInputException("calendar.api.range", MAX_WORKING_DAYS);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("calendar.api.range", MAX_WORKING_DAYS);
        }
    }

    /** One day of the calendar. */
    public record Day(LocalDate date, boolean workingDay, String name, boolean provisional) {
    }

    /** A date plus N working days. */
    public record Sum(LocalDate from, int workingDays, LocalDate due, boolean provisional) {
    }
}
