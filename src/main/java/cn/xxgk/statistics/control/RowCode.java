package cn.xxgk.statistics.control;

import cn.xxgk.request.entity.ReplyOutcome;
import cn.xxgk.request.entity.ReplyReason;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rows of the request table of the annual report (三、收到和处理政府信息公开申请情况,
 * 国办公开办函〔2021〕30号) with the codes the JSON uses: "1" 本年新收, "2" 上年结转, "3.1" … "3.7"
 * the results of the year, "4" 结转下年度继续办理.
 */
public enum RowCode {
    NEW("1", "一、本年新收政府信息公开申请数量", null),
    CARRIED_IN("2", "二、上年结转政府信息公开申请数量", null),
    DISCLOSED("3.1", "三、本年度办理结果 （一）予以公开", null),
    PARTIALLY_DISCLOSED("3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
    STATE_SECRET("3.3.1", "（三）不予公开 1.属于国家秘密", ReplyReason.STATE_SECRET),
    PROHIBITED_BY_LAW("3.3.2", "2.其他法律行政法规禁止公开", ReplyReason.PROHIBITED_BY_LAW),
    ENDANGERS_SECURITY_STABILITY("3.3.3", "3.危及“三安全一稳定”", ReplyReason.ENDANGERS_SECURITY_STABILITY),
    THIRD_PARTY_RIGHTS("3.3.4", "4.保护第三方合法权益", ReplyReason.THIRD_PARTY_RIGHTS),
    INTERNAL_AFFAIRS("3.3.5", "5.属于三类内部事务信息", ReplyReason.INTERNAL_AFFAIRS),
    PROCESS_INFORMATION("3.3.6", "6.属于四类过程性信息", ReplyReason.PROCESS_INFORMATION),
    LAW_ENFORCEMENT_FILE("3.3.7", "7.属于行政执法案卷", ReplyReason.LAW_ENFORCEMENT_FILE),
    ADMINISTRATIVE_QUERY("3.3.8", "8.属于行政查询事项", ReplyReason.ADMINISTRATIVE_QUERY),
    NOT_HELD("3.4.1", "（四）无法提供 1.本机关不掌握相关政府信息", ReplyReason.NOT_HELD),
    NEEDS_CREATION("3.4.2", "2.没有现成信息需要另行制作", ReplyReason.NEEDS_CREATION),
    STILL_UNCLEAR("3.4.3", "3.补正后申请内容仍不明确", ReplyReason.STILL_UNCLEAR_AFTER_CORRECTION),
    PETITION_COMPLAINT("3.5.1", "（五）不予处理 1.信访举报投诉类申请", ReplyReason.PETITION_COMPLAINT),
    REPEATED_REQUEST("3.5.2", "2.重复申请", ReplyReason.REPEATED_REQUEST),
    PUBLISHED_MATERIAL("3.5.3", "3.要求提供公开出版物", ReplyReason.PUBLISHED_MATERIAL),
    EXCESSIVE_REQUESTS("3.5.4", "4.无正当理由大量反复申请", ReplyReason.EXCESSIVE_REQUESTS),
    CONFIRM_OR_REISSUE("3.5.5", "5.要求行政机关确认或重新出具已获取信息", ReplyReason.CONFIRM_OR_REISSUE),
    CORRECTION_OVERDUE("3.6.1", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            ReplyReason.CORRECTION_OVERDUE),
    FEE_OVERDUE("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            ReplyReason.FEE_OVERDUE),
    OTHER("3.6.3", "3.其他", ReplyReason.OTHER),
    RESULTS_TOTAL("3.7", "（七）总计", null),
    CARRIED_OUT("4", "四、结转下年度继续办理", null);

    private final String code;
    private final String label;
    private final ReplyReason reason;

    RowCode(String code, String label, ReplyReason reason) {
        this.code = code;
        this.label = label;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    /** The row's words in the national form. */
    public String label() {
        return label;
    }

    /**
     * The result row of a request that ended with this outcome and reason: a full or partial
     * disclosure by its outcome alone, every other outcome by its reason, which must be one of that
     * outcome's; empty when the pair names no row (the request then upsets the balance).
     */
    public static Optional<RowCode> ofResult(ReplyOutcome outcome, ReplyReason reason) {
        if (outcome == ReplyOutcome.DISCLOSED) {
            return Optional.of(DISCLOSED);
        }
        if (outcome == ReplyOutcome.PARTIALLY_DISCLOSED) {
            return Optional.of(PARTIALLY_DISCLOSED);
        }
        if (outcome == null || reason == null || reason.outcome() != outcome) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.reason == reason).findFirst();
    }

    /** A result row of the year (3.1 to 3.6.3, not the total). */
    public boolean isResult() {
        return code.startsWith("3.") && this != RESULTS_TOTAL;
    }

    public static Optional<RowCode> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
