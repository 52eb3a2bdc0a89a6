package cn.xxgk.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What the department wrote on the drafting sheet (发文拟稿单), except the proposed attribute (the
 * {@link Review} part keeps the attribute through its decisions). Its body is the only content
 * that a classification removes ({@link #eraseBody}): title, numbers and dates are metadata.
 */
@Embeddable
public class Drafting {

    @Column(nullable = false, length = DraftContent.MAX_TITLE)
    private String title;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "document_type", length = 20)
    private String documentType;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "written_date", nullable = false)
    private LocalDate writtenDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_category", nullable = false, length = 48)
    private SubjectCategory subjectCategory;

    @Column(name = "subject_subcategory", length = 100)
    private String subjectSubcategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_content_category", length = 48)
    private KeyContentCategory keyContentCategory;

    @Column(name = "official_document", nullable = false)
    private boolean officialDocument;

    @Column(name = "involves_other_agency", nullable = false)
    private boolean involvesOtherAgency;

    @Column(name = "other_agency_name", length = 200)
    private String otherAgencyName;

    protected Drafting() {
    }

    /**
     * Takes the sheet's content (checked by {@link DraftContent#firstFlaw}); true when the written
     * date moved, which moves the start of the publication deadline (Art. 26).
     */
    boolean apply(DraftContent c) {
        boolean moved = writtenDate != null && !writtenDate.equals(c.writtenDate());
        title = c.title().strip();
        bodyHtml = c.bodyHtml();
        bodyText = c.bodyText();
        documentType = orNull(c.documentType());
        documentNumber = orNull(c.documentNumber());
        writtenDate = c.writtenDate();
        subjectCategory = c.subjectCategory();
        subjectSubcategory = orNull(c.subjectSubcategory());
        keyContentCategory = c.keyContentCategory();
        officialDocument = c.officialDocument();
        involvesOtherAgency = c.involvesOtherAgency();
        otherAgencyName = c.involvesOtherAgency() ? c.otherAgencyName().strip() : null;
        return moved;
    }

    /** The classified content leaves the system (secrecy law; seed 三): the body goes, the metadata stays. */
    void eraseBody() {
        bodyHtml = "";
        bodyText = "";
    }

    DraftContent content(Review review) {
        return new DraftContent(title, bodyHtml, bodyText, documentType, documentNumber, writtenDate, subjectCategory,
                subjectSubcategory, keyContentCategory, officialDocument, review.getAttribute(),
                review.getExemptionGround(), review.getExemptionReason(), involvesOtherAgency, otherAgencyName);
    }

    private static String orNull(String s) {
        return DraftContent.blank(s) ? null : s.strip();
    }

    public String getTitle() { return title; }
    public String getBodyHtml() { return bodyHtml; }
    public String getBodyText() { return bodyText; }
    public String getDocumentType() { return documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getWrittenDate() { return writtenDate; }
    public SubjectCategory getSubjectCategory() { return subjectCategory; }
    public String getSubjectSubcategory() { return subjectSubcategory; }
    public KeyContentCategory getKeyContentCategory() { return keyContentCategory; }
    public boolean isOfficialDocument() { return officialDocument; }
    public boolean isInvolvesOtherAgency() { return involvesOtherAgency; }
    public String getOtherAgencyName() { return otherAgencyName; }
}
