package cn.xxgk.catalogue.entity;

import java.time.LocalDate;

/**
 * What the department writes on the drafting sheet (发文拟稿单). The body is already sanitised
 * HTML with its plain text beside it; the boundary checks the rest with {@link #firstFlaw}.
 */
public record DraftContent(String title, String bodyHtml, String bodyText, String documentType,
                           String documentNumber, LocalDate writtenDate, SubjectCategory subjectCategory,
                           String subjectSubcategory, KeyContentCategory keyContentCategory,
                           boolean officialDocument, DisclosureAttribute attribute, ExemptionGround exemptionGround,
                           String exemptionReason, boolean involvesOtherAgency, String otherAgencyName) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_REASON = 2000;
    /** The length of gov_info.document_type (a non-official document may name a kind of its own). */
    public static final int MAX_DOCUMENT_TYPE = 20;

    /** The statutory kinds of official document (党政机关公文处理工作条例, art. 8). */
    public static final java.util.Set<String> DOCUMENT_TYPES = java.util.Set.of(
            "决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
            "议案", "函", "纪要");

    /**
     * The first thing wrong with the content, as a bundle key and its arguments (empty when
     * nothing is). "Today" is the agency's date: a written date may not lie in the future.
     */
    public java.util.Optional<Flaw> firstFlaw(LocalDate today) {
        if (blank(title)) {
            return problem("catalogue.invalid.titleRequired");
        }
        if (title.strip().length() > MAX_TITLE) {
            return problem("catalogue.invalid.titleTooLong", MAX_TITLE);
        }
        if (blank(bodyText)) {
            return problem("catalogue.invalid.bodyRequired");
        }
        if (writtenDate == null) {
            return problem("catalogue.invalid.writtenDateRequired");
        }
        if (writtenDate.isAfter(today)) {
            return problem("catalogue.invalid.writtenDateFuture");
        }
        if (subjectCategory == null) {
            return problem("catalogue.invalid.subjectRequired");
        }
        if (attribute == null) {
            return problem("catalogue.invalid.attributeRequired");
        }
        if (officialDocument && (blank(documentType) || !DOCUMENT_TYPES.contains(documentType.strip()))) {
            return problem("catalogue.invalid.documentType");
        }
        if (!blank(documentType) && documentType.strip().length() > MAX_DOCUMENT_TYPE) {
            return problem("catalogue.invalid.textTooLong", MAX_DOCUMENT_TYPE);
        }
        if (!blank(documentNumber) && DocumentNumber.parse(documentNumber).isEmpty()) {
            return problem("catalogue.invalid.documentNumber", documentNumber.strip());
        }
        if (attribute == DisclosureAttribute.EXEMPT && (exemptionGround == null || blank(exemptionReason))) {
            return problem("catalogue.invalid.exemptionReasonRequired");
        }
        if (!blank(exemptionReason) && exemptionReason.strip().length() > MAX_REASON) {
            return problem("catalogue.invalid.textTooLong", MAX_REASON);
        }
        if (involvesOtherAgency && blank(otherAgencyName)) {
            return problem("catalogue.invalid.otherAgencyRequired");
        }
        return java.util.Optional.empty();
    }

    /** A required free text (a comment, a question, an answer) of at most {@link #MAX_REASON} characters. */
    static String requireText(String text, String key) {
        if (blank(text)) {
            throw new cn.xxgk.platform.control.InvalidInputException(key);
        }
        if (text.strip().length() > MAX_REASON) {
            throw new cn.xxgk.platform.control.InvalidInputException("catalogue.invalid.textTooLong", MAX_REASON);
        }
        return text;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static java.util.Optional<Flaw> problem(String key, Object... arguments) {
        return java.util.Optional.of(new Flaw(key, arguments));
    }

    /** A bundle key and its arguments. */
    public record Flaw(String key, Object[] arguments) {
    }
}
