package cn.xxgk.request.entity;

/**
 * The result rows of the annual report's request table (三、本年度办理结果, 国办公开办函〔2021〕30号).
 * Every request that ends, ends in one of them; the rows (三) to (六) need a {@link ReplyReason}.
 */
public enum ReplyOutcome {
    /** （一）予以公开. */
    DISCLOSED,
    /** （二）部分公开; the reason is why the rest is withheld (a reason of NOT_DISCLOSED). */
    PARTIALLY_DISCLOSED,
    /** （三）不予公开. */
    NOT_DISCLOSED,
    /** （四）无法提供. */
    UNABLE_TO_PROVIDE,
    /** （五）不予处理. */
    NOT_PROCESSED,
    /** （六）其他处理. */
    OTHER;

    /** Whether the reply gives information, so it must say how the applicant gets it. */
    public boolean givesInformation() {
        return this == DISCLOSED || this == PARTIALLY_DISCLOSED;
    }
}
