package cn.xxgk.catalogue.boundary;

import java.time.LocalDate;

/**
 * What a search index needs of a published entry: its searchable text (title, body as plain text,
 * document number), the filters (key content category and subject category by enum name, document
 * type, dates) and what a result list shows. No attachments, no HTML.
 */
public record PublishedText(long id, String indexNumber, String title, String body, String documentNumber,
                            String documentType, String subjectCategoryCode, String subjectCategory,
                            String keyContentCategory, LocalDate writtenDate, LocalDate publishedDate,
                            int infoVersion, String issuingAgency) {
}
