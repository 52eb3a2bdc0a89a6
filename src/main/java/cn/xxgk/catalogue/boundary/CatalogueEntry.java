package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.control.InterpretationLinks;
import cn.xxgk.catalogue.control.InterpretationLinks.Ref;
import cn.xxgk.catalogue.entity.Attachment;
import cn.xxgk.catalogue.entity.GovInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * A published entry as the public catalogue shows it: the header block of the bureau's documents
 * (索引号, 发布机构, 主题分类, 成文日期, 发布日期, 文种, 文号), the title, the body and the attachments
 * (each downloadable at {@code /api/v1/catalogue/{indexNumber}/attachments/{id}}), and its policy
 * interpretation links (政策解读): the published document this entry explains ({@code interprets},
 * null if none) and the published interpretations explaining it ({@code interpretations}).
 */
public record CatalogueEntry(String indexNumber, String issuingAgency, String subjectCategory, LocalDate writtenDate,
                             LocalDate publishedDate, String documentType, String documentNumber, String title,
                             String body, String bodyHtml, int infoVersion, List<PublicAttachment> attachments,
                             Ref interprets, List<Ref> interpretations) {

    static CatalogueEntry of(GovInfo info, String issuingAgency, List<Attachment> attachments,
                             InterpretationLinks.Sides links) {
        return new CatalogueEntry(info.getIndexNumber(), issuingAgency, subjectLabel(info), info.getWrittenDate(),
                info.getPublishedDate(), info.getDocumentType(), info.getDocumentNumber(), info.getTitle(),
                info.getBodyText(), info.getBodyHtml(), info.getInfoVersion(),
                attachments.stream().map(PublicAttachment::of).toList(), links == null ? null : links.interprets(),
                links == null ? List.of() : links.interpretations());
    }

    /** The agency's own second level where it has one (e.g. 政府信息公开制度), else the national category. */
    static String subjectLabel(GovInfo info) {
        return info.getSubjectSubcategory() != null ? info.getSubjectSubcategory()
                : info.getSubjectCategory().officialName();
    }

    /** An attachment as the public sees it: name, type, size and the checksum to verify a download with. */
    public record PublicAttachment(Long id, String fileName, String mediaType, long sizeBytes, String sha256) {

        static PublicAttachment of(Attachment a) {
            return new PublicAttachment(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(), a.getSha256());
        }
    }
}
