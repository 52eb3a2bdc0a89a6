package cn.xxgk.search.api;

import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import cn.xxgk.search.boundary.Search;
import cn.xxgk.search.boundary.SearchPage;
import cn.xxgk.search.boundary.SearchQuery;
import cn.xxgk.search.boundary.SearchSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/catalogue?q=…: full-text search of the published catalogue, no login.
 *
 * <p>One instance for the application, unlike the other resources: it keeps no state of a request, and a
 * new one per request made Weld create a new proxy of the {@link Search} bean each time (with an exception
 * thrown and caught inside Payara's EJB container) — ≈ 10 % of the CPU of a search answered from
 * {@code KeptPages}, the public portal's busiest address (async-profiler, 32 clients).
 */
@Path("catalogue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "政府信息公开目录（只读，无需登录）")
public class CatalogueSearchResource {

    @Inject
    Search search;

    @GET
    @Operation(summary = "检索已公开的政府信息",
            description = "在标题、正文和文号中查找包含 q 的条目（与逐字包含匹配的结果完全一致，全角半角、大小写不计），"
                    + "可按重点公开内容、主题分类、文种、发布年份筛选；sort=RELEVANCE（默认，标题命中在前）或 DATE（发布日期倒序）；"
                    + "page 从 1 开始，size 每页条数（默认 20，至多 100）。结果含总数 total 与正文摘要 snippet（命中处见 snippetParts），不含正文全文。")
    @APIResponse(responseCode = "200", description = "一页检索结果及总数")
    @APIResponse(responseCode = "400", description = "检索词过长、含控制字符，或参数不正确（application/problem+json）")
    public SearchPage search(@QueryParam("q") @Parameter(description = "检索词，至多 100 字") String q,
                             @QueryParam("page") @Parameter(description = "页码，从 1 开始") String page,
                             @QueryParam("size") @Parameter(description = "每页条数，默认 20") String size,
                             @QueryParam("keyContentCategory") @Parameter(description = "重点公开内容，如 BUDGET") String keyContent,
                             @QueryParam("subjectCategory") @Parameter(description = "主题分类，如 GENERAL_AFFAIRS") String subject,
                             @QueryParam("documentType") @Parameter(description = "文种，如 通知") String documentType,
                             @QueryParam("year") @Parameter(description = "发布年份") String year,
                             @QueryParam("sort") @Parameter(description = "RELEVANCE 或 DATE") String sort) {
        int pageSize = number(size, "size", SearchQuery.DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > InputRules.MAX_PAGE_SIZE) {
            throw new InvalidInputException("input.pageSize", String.valueOf(InputRules.MAX_PAGE_SIZE));
        }
        int pageNumber = InputRules.page(number(page, "page", 1), pageSize);
        Integer y = year == null || year.isBlank() ? null : number(year, "year", 0);
        return search.search(new SearchQuery(q, keyContent, subject, documentType, y, sortOf(sort), pageNumber, pageSize));
    }

    private static SearchSort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("catalogue.api.badValue", "sort", quoted(sort));
        }
    }

    private static int number(String value, String field, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("catalogue.api.badValue", field, quoted(value));
        }
    }

    private static String quoted(String value) {
        return value.length() > InputRules.QUOTED ? value.substring(0, InputRules.QUOTED) : value;
    }
}
