package cn.xxgk.request.entity;

/** The two applicant columns of the annual report: 自然人 and 法人或其他组织. */
public enum ApplicantType {
    NATURAL_PERSON,
    /** A legal person or other organisation; its {@link OrganisationKind} is required. */
    LEGAL_PERSON
}
