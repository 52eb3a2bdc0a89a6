package cn.xxgk.search.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry in a result list: the header fields of the catalogue entry (no body), and a snippet of the
 * body around the first match ({@code snippet} as plain text, {@code snippetParts} with the matches marked;
 * {@code titleParts} likewise for the title). {@code keyContentCategory} and {@code subjectCategoryCode} are
 * enum names; {@code subjectCategory} is the label the catalogue shows.
 */
public record SearchHit(String indexNumber, String issuingAgency, String subjectCategory, String subjectCategoryCode,
                        String keyContentCategory, LocalDate writtenDate, LocalDate publishedDate,
                        String documentType, String documentNumber, String title, int infoVersion,
                        String snippet, List<SnippetPart> titleParts, List<SnippetPart> snippetParts) {
}
