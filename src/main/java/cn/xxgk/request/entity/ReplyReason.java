package cn.xxgk.request.entity;

/**
 * The numbered sub-rows of the annual report under each result, each belonging to one
 * {@link ReplyOutcome}. A partial disclosure names one of the NOT_DISCLOSED reasons for the part
 * withheld.
 */
public enum ReplyReason {
    // （三）不予公开
    /** 1 属于国家秘密. */
    STATE_SECRET(ReplyOutcome.NOT_DISCLOSED),
    /** 2 其他法律行政法规禁止公开. */
    PROHIBITED_BY_LAW(ReplyOutcome.NOT_DISCLOSED),
    /** 3 危及“三安全一稳定”. */
    ENDANGERS_SECURITY_STABILITY(ReplyOutcome.NOT_DISCLOSED),
    /** 4 保护第三方合法权益. */
    THIRD_PARTY_RIGHTS(ReplyOutcome.NOT_DISCLOSED),
    /** 5 属于三类内部事务信息. */
    INTERNAL_AFFAIRS(ReplyOutcome.NOT_DISCLOSED),
    /** 6 属于四类过程性信息. */
    PROCESS_INFORMATION(ReplyOutcome.NOT_DISCLOSED),
    /** 7 属于行政执法案卷. */
    LAW_ENFORCEMENT_FILE(ReplyOutcome.NOT_DISCLOSED),
    /** 8 属于行政查询事项. */
    ADMINISTRATIVE_QUERY(ReplyOutcome.NOT_DISCLOSED),
    // （四）无法提供
    /** 1 本机关不掌握相关政府信息. */
    NOT_HELD(ReplyOutcome.UNABLE_TO_PROVIDE),
    /** 2 没有现成信息需要另行制作. */
    NEEDS_CREATION(ReplyOutcome.UNABLE_TO_PROVIDE),
    /** 3 补正后申请内容仍不明确. */
    STILL_UNCLEAR_AFTER_CORRECTION(ReplyOutcome.UNABLE_TO_PROVIDE),
    // （五）不予处理
    /** 1 信访举报投诉类申请. */
    PETITION_COMPLAINT(ReplyOutcome.NOT_PROCESSED),
    /** 2 重复申请. */
    REPEATED_REQUEST(ReplyOutcome.NOT_PROCESSED),
    /** 3 要求提供公开出版物. */
    PUBLISHED_MATERIAL(ReplyOutcome.NOT_PROCESSED),
    /** 4 无正当理由大量反复申请. */
    EXCESSIVE_REQUESTS(ReplyOutcome.NOT_PROCESSED),
    /** 5 要求行政机关确认或重新出具已获取信息. */
    CONFIRM_OR_REISSUE(ReplyOutcome.NOT_PROCESSED),
    // （六）其他处理
    /** 1 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
    CORRECTION_OVERDUE(ReplyOutcome.OTHER),
    /** 2 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
    FEE_OVERDUE(ReplyOutcome.OTHER),
    /** 3 其他. */
    OTHER(ReplyOutcome.OTHER);

    private final ReplyOutcome outcome;

    ReplyReason(ReplyOutcome outcome) {
        this.outcome = outcome;
    }

    public ReplyOutcome outcome() {
        return outcome;
    }

    /** Whether this reason may stand with the outcome: its own, or a withholding reason for a partial disclosure. */
    public boolean fits(ReplyOutcome given) {
        return outcome == given || (given == ReplyOutcome.PARTIALLY_DISCLOSED && outcome == ReplyOutcome.NOT_DISCLOSED);
    }
}
