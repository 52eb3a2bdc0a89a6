package cn.xxgk.catalogue.entity;

/**
 * Where a piece of information stands in the chain of the bureau's rules (seed 一(三), 三).
 * A return (by the department head or a leader) sends the item back to DRAFT with a comment.
 */
public enum GovInfoState {
    /** 拟稿: the department is writing it. */
    DRAFT,
    /** 处室负责人已确认: waits for the office's review of the attribute. */
    CONFIRMED,
    /** 咨询中: the office asked the municipal open-government office about the attribute. */
    CONSULTATION,
    /** 已审核: the office reviewed the attribute; waits for the secrecy review. */
    REVIEWED,
    /** 保密存疑: sent to the competent department or the secrecy administration. */
    SECRECY_DOUBTFUL,
    /** 保密审查通过: waits for the leader's sign-off. */
    SECRECY_PASSED,
    /** 已定密: classified; never published, kept as metadata only. */
    CLASSIFIED,
    /** 已签发: the final attribute is fixed; waits for cataloguing. */
    SIGNED_OFF,
    /** 已编目: has its index number; a PROACTIVE item waits for publication. */
    CATALOGUED,
    /** 已发布: in the public catalogue. */
    PUBLISHED;

    /** True when nothing in the chain can happen to the item any more. */
    public boolean isFinal() {
        return this == CLASSIFIED || this == PUBLISHED;
    }
}
