package cn.xxgk.catalogue.entity;

/** The steps recorded in an item's history (gov_info_step); each is one command of the chain. */
public enum ChainStep {
    CREATED,
    EDITED,
    CONFIRMED,
    RETURNED,
    REVIEWED,
    CONSULTATION_SENT,
    CONSULTATION_ANSWERED,
    SECRECY_PASSED,
    SECRECY_DOUBTFUL,
    SECRECY_ANSWERED,
    CLASSIFIED,
    SIGNED_OFF,
    CATALOGUED,
    AGENCY_CONFIRMED,
    PUBLISHED,
    REVISED
}
