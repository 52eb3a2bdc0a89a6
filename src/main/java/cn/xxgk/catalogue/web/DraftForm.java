package cn.xxgk.catalogue.web;

import cn.xxgk.catalogue.boundary.DraftInput;
import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.DraftContent;
import cn.xxgk.catalogue.entity.ExemptionGround;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import java.io.Serializable;
import java.time.LocalDate;

/** The drafting sheet's fields while the page is open (a mutable mirror of {@link DraftInput}). */
public class DraftForm implements Serializable {

    private String title;
    private String body;
    private String documentType;
    private String documentNumber;
    private LocalDate writtenDate;
    private SubjectCategory subjectCategory;
    private String subjectSubcategory;
    private KeyContentCategory keyContentCategory;
    private boolean officialDocument;
    private DisclosureAttribute attribute = DisclosureAttribute.PROACTIVE;
    private ExemptionGround exemptionGround;
    private String exemptionReason;
    private boolean involvesOtherAgency;
    private String otherAgencyName;

    static DraftForm of(DraftContent c) {
        DraftForm form = new DraftForm();
        form.title = c.title();
        form.body = c.bodyHtml();
        form.documentType = c.documentType();
        form.documentNumber = c.documentNumber();
        form.writtenDate = c.writtenDate();
        form.subjectCategory = c.subjectCategory();
        form.subjectSubcategory = c.subjectSubcategory();
        form.keyContentCategory = c.keyContentCategory();
        form.officialDocument = c.officialDocument();
        form.attribute = c.attribute();
        form.exemptionGround = c.exemptionGround();
        form.exemptionReason = c.exemptionReason();
        form.involvesOtherAgency = c.involvesOtherAgency();
        form.otherAgencyName = c.otherAgencyName();
        return form;
    }

    DraftInput input() {
        return new DraftInput(title, body, documentType, documentNumber, writtenDate, subjectCategory,
                subjectSubcategory, keyContentCategory, officialDocument, attribute, exemptionGround, exemptionReason,
                involvesOtherAgency, otherAgencyName);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public LocalDate getWrittenDate() { return writtenDate; }
    public void setWrittenDate(LocalDate writtenDate) { this.writtenDate = writtenDate; }
    public SubjectCategory getSubjectCategory() { return subjectCategory; }
    public void setSubjectCategory(SubjectCategory subjectCategory) { this.subjectCategory = subjectCategory; }
    public String getSubjectSubcategory() { return subjectSubcategory; }
    public void setSubjectSubcategory(String subjectSubcategory) { this.subjectSubcategory = subjectSubcategory; }
    public KeyContentCategory getKeyContentCategory() { return keyContentCategory; }
    public void setKeyContentCategory(KeyContentCategory keyContentCategory) { this.keyContentCategory = keyContentCategory; }
    public boolean isOfficialDocument() { return officialDocument; }
    public void setOfficialDocument(boolean officialDocument) { this.officialDocument = officialDocument; }
    public DisclosureAttribute getAttribute() { return attribute; }
    public void setAttribute(DisclosureAttribute attribute) { this.attribute = attribute; }
    public ExemptionGround getExemptionGround() { return exemptionGround; }
    public void setExemptionGround(ExemptionGround exemptionGround) { this.exemptionGround = exemptionGround; }
    public String getExemptionReason() { return exemptionReason; }
    public void setExemptionReason(String exemptionReason) { this.exemptionReason = exemptionReason; }
    public boolean isInvolvesOtherAgency() { return involvesOtherAgency; }
    public void setInvolvesOtherAgency(boolean involvesOtherAgency) { this.involvesOtherAgency = involvesOtherAgency; }
    public String getOtherAgencyName() { return otherAgencyName; }
    public void setOtherAgencyName(String otherAgencyName) { this.otherAgencyName = otherAgencyName; }
}
