package cn.xxgk.catalogue.entity;

/** 公开属性, marked on the drafting sheet and fixed by the leader's sign-off (seed 一(三)2). */
public enum DisclosureAttribute {
    /** 主动公开 */
    PROACTIVE,
    /** 依申请公开 */
    ON_REQUEST,
    /** 免予公开: needs a legal ground and a written reason */
    EXEMPT
}
