package cn.xxgk.statistics.control;

import cn.xxgk.request.entity.ApplicantType;
import cn.xxgk.request.entity.OrganisationKind;

/**
 * The seven columns of the annual report's request table: 自然人; 法人或其他组织 (商业企业, 科研机构,
 * 社会公益组织, 法律服务机构, 其他); 总计 (国办公开办函〔2021〕30号).
 */
public enum ApplicantColumn {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    SOCIAL_WELFARE_ORGANISATION("社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法律服务机构"),
    OTHER_ORGANISATION("其他"),
    TOTAL("总计");

    private final String label;

    ApplicantColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The column of an applicant; a legal person whose kind was never recorded counts as 其他. */
    public static ApplicantColumn of(ApplicantType type, OrganisationKind kind) {
        if (type == ApplicantType.NATURAL_PERSON) {
            return NATURAL_PERSON;
        }
        if (kind == null) {
            return OTHER_ORGANISATION;
        }
        return switch (kind) {
            case COMMERCIAL_ENTERPRISE -> COMMERCIAL_ENTERPRISE;
            case RESEARCH_INSTITUTION -> RESEARCH_INSTITUTION;
            case SOCIAL_WELFARE_ORGANISATION -> SOCIAL_WELFARE_ORGANISATION;
            case LEGAL_SERVICE_INSTITUTION -> LEGAL_SERVICE_INSTITUTION;
            case OTHER -> OTHER_ORGANISATION;
        };
    }
}
