package cn.xxgk.assessment.entity;

/** The two kinds of record of seed 四. */
public enum RecordKind {
    /** 表扬 / 表彰 */
    COMMENDATION,
    /** 问责 / 责任追究 */
    ACCOUNTABILITY
}
