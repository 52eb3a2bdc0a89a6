package cn.xxgk.remedy.entity;

/** The three groups of columns of the annual report's section 四. */
public enum RemedyKind {
    /** 行政复议 */
    REVIEW,
    /** 行政诉讼：未经复议直接起诉 */
    SUIT,
    /** 行政诉讼：复议后起诉 */
    SUIT_AFTER_REVIEW;

    public boolean isSuit() {
        return this != REVIEW;
    }
}
