package cn.xxgk.catalogue.entity;

/** 密级. Classified content never enters the system: only the item's metadata and this decision. */
public enum ClassificationLevel {
    /** 绝密 */
    TOP_SECRET,
    /** 机密 */
    SECRET,
    /** 秘密 */
    CONFIDENTIAL
}
