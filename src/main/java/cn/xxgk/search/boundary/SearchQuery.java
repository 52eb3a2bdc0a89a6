package cn.xxgk.search.boundary;

/**
 * What a visitor asks: the text (may be blank: then every published entry matches), the filters
 * (each null for "any"): key content category and subject category by their enum names
 * ({@code cn.xxgk.catalogue.entity.KeyContentCategory}, {@code SubjectCategory}), document type (文种) as
 * written, the year of publication; the order; the page from 1 and its size.
 */
public record SearchQuery(String text, String keyContentCategory, String subjectCategory, String documentType,
                          Integer year, SearchSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public SearchQuery {
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(1, page);
        size = size < 1 ? DEFAULT_SIZE : size;
    }

    /** A plain text search: relevance, first page, twenty hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, SearchSort.RELEVANCE, 1, DEFAULT_SIZE);
    }

    public SearchQuery page(int newPage) {
        return new SearchQuery(text, keyContentCategory, subjectCategory, documentType, year, sort, newPage, size);
    }
}
