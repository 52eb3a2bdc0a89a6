package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.entity.GovInfo;
import java.time.LocalDate;

/**
 * A published entry as the public catalogue shows it: the header block of the bureau's documents
 * (索引号, 发布机构, 主题分类, 成文日期, 发布日期, 文种, 文号), the title and the body.
 */
public record CatalogueEntry(String indexNumber, String issuingAgency, String subjectCategory, LocalDate writtenDate,
                             LocalDate publishedDate, String documentType, String documentNumber, String title,
                             String body, String bodyHtml, int infoVersion) {

    static CatalogueEntry of(GovInfo info, String issuingAgency) {
        return new CatalogueEntry(info.getIndexNumber(), issuingAgency, subjectLabel(info), info.getWrittenDate(),
                info.getPublishedDate(), info.getDocumentType(), info.getDocumentNumber(), info.getTitle(),
                info.getBodyText(), info.getBodyHtml(), info.getInfoVersion());
    }

    /** The agency's own second level where it has one (e.g. 政府信息公开制度), else the national category. */
    static String subjectLabel(GovInfo info) {
        return info.getSubjectSubcategory() != null ? info.getSubjectSubcategory()
                : info.getSubjectCategory().officialName();
    }
}
