package cn.xxgk.portal.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The address of a search result page with its filters, for the paging and sorting links: plain GET
 * links, so that paging works without script and every page of results can be bookmarked. Empty
 * parameters are left out.
 */
public final class SearchAddress {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    public SearchAddress(String q, String category, String subject, String type, String year, String sort) {
        put("q", q);
        put("category", category);
        put("subject", subject);
        put("type", type);
        put("year", year);
        put("sort", sort);
    }

    private void put(String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }

    /** The query string (without "?") of page {@code page}; page 1 is left out. */
    public String page(int page) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> append(query, name, value));
        if (page > 1) {
            append(query, "page", String.valueOf(page));
        }
        return query.toString();
    }

    /** The query string of the first page sorted another way. */
    public String sorted(String sort) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!name.equals("sort")) {
                append(query, name, value);
            }
        });
        append(query, "sort", sort);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
