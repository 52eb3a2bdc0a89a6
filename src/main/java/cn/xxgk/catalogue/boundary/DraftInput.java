package cn.xxgk.catalogue.boundary;

import cn.xxgk.catalogue.entity.DisclosureAttribute;
import cn.xxgk.catalogue.entity.ExemptionGround;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import cn.xxgk.catalogue.entity.SubjectCategory;
import java.time.LocalDate;

/** The drafting sheet as a department fills it in; the body may be rich text (it is sanitised). */
public record DraftInput(String title, String body, String documentType, String documentNumber,
                         LocalDate writtenDate, SubjectCategory subjectCategory, String subjectSubcategory,
                         KeyContentCategory keyContentCategory, boolean officialDocument,
                         DisclosureAttribute attribute, ExemptionGround exemptionGround, String exemptionReason,
                         boolean involvesOtherAgency, String otherAgencyName) {
}
