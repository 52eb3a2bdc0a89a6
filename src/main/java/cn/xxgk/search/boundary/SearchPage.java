package cn.xxgk.search.boundary;

import java.util.List;

/**
 * One page of hits with the number of all hits ({@code total}, exact). The first four fields are those of
 * the catalogue's former result page ({@code query, page, size, total, entries}), so API clients keep working.
 */
public record SearchPage(String query, int page, int size, long total, List<SearchHit> entries, SearchSort sort,
                         int pages) {
}
