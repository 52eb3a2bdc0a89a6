package cn.xxgk.request.entity;

/**
 * The identity document an applicant gives (Art. 29: 身份证明). Natural persons give a personal
 * document, organisations their unified social credit code (统一社会信用代码) or another registration.
 */
public enum IdentityDocumentType {
    /** 居民身份证, 18 characters checked by GB 11643 (also the residence permits of HK, Macao, Taiwan residents). */
    RESIDENT_ID_CARD(true),
    /** 护照. */
    PASSPORT(true),
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT(true),
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT(true),
    /** 外国人永久居留身份证. */
    FOREIGN_PERMANENT_RESIDENCE(true),
    /** 统一社会信用代码, 18 characters checked by GB 32100. */
    UNIFIED_SOCIAL_CREDIT_CODE(false),
    /** Another registration or document, for either kind of applicant. */
    OTHER(null);

    private final Boolean personal;

    IdentityDocumentType(Boolean personal) {
        this.personal = personal;
    }

    /** Whether an applicant of this type may give this document. */
    public boolean fits(ApplicantType type) {
        return personal == null || personal == (type == ApplicantType.NATURAL_PERSON);
    }
}
