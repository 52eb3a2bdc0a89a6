package cn.xxgk.catalogue.entity;

/** 发布渠道 of the bureau's rules (seed 二(一); Art. 23). */
public enum PublicationChannel {
    /** 郑州市政府网站 */
    MUNICIPAL_PORTAL,
    /** 郑州市大数据管理局网站 */
    BUREAU_WEBSITE,
    /** 郑州日报 */
    ZHENGZHOU_DAILY,
    /** 郑州电视台 */
    ZHENGZHOU_TV,
    /** 服务手册、服务指南 */
    SERVICE_HANDBOOK
}
