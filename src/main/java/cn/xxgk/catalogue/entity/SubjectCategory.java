package cn.xxgk.catalogue.entity;

/**
 * The 22 top-level subject categories (主题分类) of the national catalogue of government
 * information, with their official names (a standard's terms, the same in every locale). The
 * agency's own second level is free text on the item (e.g. 综合政务 / 政府信息公开制度).
 */
public enum SubjectCategory {
    STATE_COUNCIL_ORGANISATION("国务院组织机构"),
    GENERAL_AFFAIRS("综合政务"),
    ECONOMY_STATE_ASSETS("国民经济管理、国有资产监管"),
    FINANCE_AUDIT("财政、金融、审计"),
    LAND_ENERGY("国土资源、能源"),
    AGRICULTURE_FORESTRY_WATER("农业、林业、水利"),
    INDUSTRY_TRANSPORT("工业、交通"),
    TRADE_CUSTOMS_TOURISM("商贸、海关、旅游"),
    MARKET_SAFETY_SUPERVISION("市场监管、安全生产监管"),
    URBAN_RURAL_ENVIRONMENT("城乡建设、环境保护"),
    SCIENCE_EDUCATION("科技、教育"),
    CULTURE_MEDIA("文化、广电、新闻出版"),
    HEALTH_SPORTS("卫生、体育"),
    POPULATION_WOMEN_CHILDREN("人口与计划生育、妇女儿童工作"),
    LABOUR_PERSONNEL_SUPERVISION("劳动、人事、监察"),
    PUBLIC_SECURITY_JUSTICE("公安、安全、司法"),
    CIVIL_AFFAIRS_RELIEF("民政、扶贫、救灾"),
    ETHNIC_RELIGIOUS_AFFAIRS("民族、宗教"),
    FOREIGN_AFFAIRS("对外事务"),
    HK_MACAO_TAIWAN_OVERSEAS("港澳台侨工作"),
    NATIONAL_DEFENCE("国防"),
    OTHER("其他");

    private final String officialName;

    SubjectCategory(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }
}
