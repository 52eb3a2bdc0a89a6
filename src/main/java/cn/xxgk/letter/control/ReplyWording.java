package cn.xxgk.letter.control;

import java.util.Locale;

/**
 * The statutory wording a reply letter uses (Regulations Arts. 30, 35-39): one template
 * {@code letters/replies/<template>.html} each. This is the letter's choice of text only: how a
 * reply is classified (the result rows and sub-rows of the annual report's request table) is the
 * request component's {@code ReplyOutcome} and {@code ReplyReason}, the one source of truth, which
 * maps each classification to its wording ({@code cn.xxgk.request.control.ReplyWordings}). The
 * wording is finer in two places where the law words the letter differently within one row:
 * Art. 36(1) and 36(2) under 予以公开, Art. 36(4) and 36(5) under 本机关不掌握.
 */
public enum ReplyWording {

    /** Art. 36(2): the information is given, or how, where and when to get it. */
    DISCLOSED,
    /** Art. 36(1): already proactively disclosed; the applicant is told where to find it. */
    ALREADY_PUBLISHED,
    /** Art. 37: the part that may be disclosed is given, the rest withheld with reasons. */
    PARTLY_DISCLOSED,
    /** Arts. 14, 36(3): 属于国家秘密. */
    NOT_DISCLOSED_STATE_SECRET,
    /** Arts. 14, 36(3): 其他法律行政法规禁止公开. */
    NOT_DISCLOSED_PROHIBITED_BY_LAW,
    /** Arts. 14, 36(3): 危及"三安全一稳定". */
    NOT_DISCLOSED_SECURITY_AND_STABILITY,
    /** Arts. 15, 32, 36(3): 保护第三方合法权益. */
    NOT_DISCLOSED_THIRD_PARTY_RIGHTS,
    /** Arts. 16(1), 36(3): 属于三类内部事务信息. */
    NOT_DISCLOSED_INTERNAL_AFFAIRS,
    /** Arts. 16(2), 36(3): 属于四类过程性信息. */
    NOT_DISCLOSED_PROCESS_INFORMATION,
    /** Arts. 16(2), 36(3): 属于行政执法案卷. */
    NOT_DISCLOSED_ENFORCEMENT_FILE,
    /** Art. 36(7): 属于行政查询事项 (registration records with their own access rules). */
    NOT_DISCLOSED_ADMINISTRATIVE_QUERY,
    /** Art. 36(4): after a search, the information does not exist here (本机关不掌握). */
    NOT_HELD_DOES_NOT_EXIST,
    /** Art. 36(5): not this agency's to disclose; the competent agency is named (本机关不掌握). */
    NOT_HELD_OTHER_AGENCY,
    /** Art. 38: no ready information, it would have to be made (没有现成信息需要另行制作). */
    NEEDS_CREATION,
    /** Art. 30: still unclear after the correction (补正后申请内容仍不明确). */
    UNCLEAR_AFTER_CORRECTION,
    /** Art. 39(1): a petition, report or complaint, not a disclosure request (信访举报投诉类申请). */
    PETITION_OR_COMPLAINT,
    /** Art. 36(6): the same matter asked again by the same applicant (重复申请). */
    REPEAT_REQUEST,
    /** Art. 39(2): asks for a public publication (要求提供公开出版物). */
    PUBLICATION,
    /** Art. 35: unreasonable volume or frequency without a good reason (无正当理由大量反复申请). */
    EXCESSIVE_REQUESTS,
    /** Art. 39(2): asks to confirm or re-issue information already obtained. */
    CONFIRMATION_OR_REISSUE,
    /** Art. 30: no correction in the period set (逾期不补正), treated as abandoned. */
    NO_CORRECTION_IN_TIME,
    /** 国办函〔2020〕109号: the processing fee was not paid in time (逾期未缴费). */
    FEE_NOT_PAID,
    /** Anything else (其他): the handler writes the reasons in full. */
    OTHER;

    /** The template's file name under {@code letters/replies/}, e.g. {@code not-held-other-agency}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
