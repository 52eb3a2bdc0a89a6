package cn.xxgk.search.boundary;

/** How a result list is ordered: by relevance (title hits first), or newest publication first. */
public enum SearchSort {
    RELEVANCE,
    DATE
}
