package cn.xxgk.request.entity;

/**
 * The five sub-columns of 法人或其他组织 in the annual report's request table
 * (国办公开办函〔2021〕30号): 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
 */
public enum OrganisationKind {
    COMMERCIAL_ENTERPRISE,
    RESEARCH_INSTITUTION,
    SOCIAL_WELFARE_ORGANISATION,
    LEGAL_SERVICE_INSTITUTION,
    OTHER
}
